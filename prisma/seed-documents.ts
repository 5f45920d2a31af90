// The demo's vendor documents: a trust-centre page, an acceptable-use policy and an incident policy
// of the vendors with drafts in the demo, stored and read through the real job code at seed time, so
// the document library (and the evidence locator's passages) are there on first sign-in.
import type { Actor } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import type { DocumentKind } from "../lib/documents/document-files";
import { storeDocument } from "../lib/server/documents/store-document";
import { processDocument } from "../lib/server/documents/process-document";

type DemoDocument = { vendor: string; filename: string; kind: DocumentKind; text: string };

const DOCUMENTS: DemoDocument[] = [
  {
    vendor: "Tessellate Systems",
    filename: "tessellate-trust-center.html",
    kind: "SECURITY_WHITEPAPER",
    text: `<!doctype html><html><head><title>Tessellate Trust Center</title></head><body>
<nav>Home · Pricing · Docs</nav>
<h1>Tessellate Trust Center</h1>
<h2>Customer verification</h2>
<p>Before API keys are issued, every organisation must complete organization verification: we verify the identity of the legal entity and of its administrators with government-issued identification.</p>
<h2>Rate limits</h2>
<p>Rate limits apply at the organization level, so limits are shared across all API keys of one customer.</p>
<h2>Certifications</h2>
<p>Tessellate holds a SOC 2 Type II report for the period January 1, 2026 to December 31, 2026 and an ISO/IEC 27001 certificate. The SOC 2 report is available to customers under NDA.</p>
<h2>Availability</h2>
<p>The Tessellate API is backed by a 99.9% monthly uptime commitment with service credits.</p>
<h2>Output watermarking</h2>
<p>We do not watermark text outputs at this time.</p>
</body></html>`,
  },
  {
    vendor: "Tessellate Systems",
    filename: "tessellate-acceptable-use-policy.md",
    kind: "USAGE_POLICY",
    text: `# Tessellate Acceptable Use Policy

Effective 1 March 2026.

## 1. Prohibited uses

You may not use output to develop models that compete with Tessellate, including by distillation, and you may not help a third party do so. Automated extraction of model outputs at scale is a breach of these terms.

## 2. Enforcement

We monitor usage for extraction patterns. Accounts that attempt model extraction may be suspended without notice; logs are retained for 90 days to support investigations.
\f
## 3. Incidents

Tessellate will notify affected customers within 48 hours of confirming a security incident that affects their data or their accounts.
`,
  },
  {
    vendor: "Lumen Reasoning",
    filename: "lumen-incident-response-policy.md",
    kind: "OTHER",
    text: `# Lumen Reasoning — Incident response policy

Lumen notifies customers no later than 72 hours after confirming an incident that affects them, and publishes a post-incident report for every major outage.

Our export compliance program screens every new customer; we screen customers against the consolidated sanctions lists at sign-up and every night.
`,
  },
];

export async function seedDocuments({ analyst }: { analyst: Actor }) {
  const db = getDb();
  let read = 0;
  for (const d of DOCUMENTS) {
    const vendor = await db.vendor.findFirst({ where: { name: d.vendor }, select: { id: true } });
    if (!vendor) continue;
    const bytes = new TextEncoder().encode(d.text);
    const doc = await db.$transaction((tx) => storeDocument(tx, vendor.id, { filename: d.filename, bytes, kind: d.kind }, { uploadedById: analyst.id }));
    await processDocument(doc.id);
    read++;
  }
  console.log(`Seed: ${read} vendor documents stored and read.`);
}
