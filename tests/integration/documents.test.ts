// Vendor documents: stored with their hash, queued in the same transaction (pg-boss in this
// database), read into passages page by page with progress, resumable after a crash, searchable
// with PostgreSQL full-text search; the respondent uploads into their vendor's library only.
import { createElement as h } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Document as PdfDocument, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { uploadDocument } from "@/lib/server/documents/upload-document";
import { respondentUploadDocument } from "@/lib/server/documents/respondent-upload-document";
import { processDocument } from "@/lib/server/documents/process-document";
import { listVendorDocuments } from "@/lib/server/documents/list-vendor-documents";
import { getDocument } from "@/lib/server/documents/get-document";
import { startDocumentWorker } from "@/lib/server/documents/document-worker";
import { stopQueue } from "@/lib/server/jobs/queue";
import { getSuggestions } from "@/lib/server/documents/get-suggestions";
import { auditRowsFor, expectAppError, makeUser, makeVendor, publishedTemplate, sql } from "./helpers";

let admin: Actor;
let analyst: Actor;
let viewer: Actor;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
});

afterAll(async () => {
  await stopQueue();
});

const style = { fontSize: 11, lineHeight: 1.4, marginBottom: 12 };

async function pdf(pages: string[][], tag = Math.random().toString(36).slice(2)): Promise<Uint8Array> {
  const doc = h(
    PdfDocument,
    null,
    ...pages.map((paras, i) => h(Page, { key: i, size: "A4", style: { padding: 40 } }, paras.length ? paras.map((p, j) => h(Text, { key: j, style }, p)) : h(View, { style: { height: 200, backgroundColor: "#888" } }))),
    // A page of its own per call, so two calls never make the same file.
    h(Page, { size: "A4" }, h(Text, { style }, `Reference ${tag}`)),
  );
  return new Uint8Array(await renderToBuffer(doc));
}

const SOC2 = [
  ["Independent Service Auditor's Report", "This report covers the period March 1, 2026 to February 28, 2027 for the Orrery inference platform."],
  ["Logical access", "We verify the identity of every organisation before API keys are issued, using government-issued identification."],
  ["Incident response", "Orrery will notify affected customers within 48 hours of confirming a security incident."],
];

describe("vendor documents", () => {
  it("stores the file with its hash, queues its job in the same transaction, and audits the upload", async () => {
    const vendor = await makeVendor(analyst);
    const doc = await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "orrery-soc2.pdf", bytes: await pdf(SOC2), kind: "ATTESTATION" });
    expect(doc).toMatchObject({ status: "QUEUED", kind: "ATTESTATION", filename: "orrery-soc2.pdf", pagesDone: 0, pages: null });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const jobs = await sql(`SELECT data FROM pgboss.job WHERE name = 'document-extract' AND data->>'documentId' = $1`, [doc.id]);
    expect(jobs.rows).toHaveLength(1);
    const audit = await auditRowsFor(vendor.id);
    expect(audit.map((a) => a.action)).toContain("document.upload");
  });

  it("reads the pages into passages with progress, proposes the report's period, and the passages are searchable", async () => {
    const vendor = await makeVendor(analyst);
    const doc = await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "soc2.pdf", bytes: await pdf(SOC2), kind: "ATTESTATION" });
    await processDocument(doc.id);
    const read = await getDocument({ actor: viewer, documentId: doc.id });
    expect(read).toMatchObject({ status: "READY", pages: 4, pagesDone: 4, noText: false, error: null });
    expect(read.proposedValidFrom?.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(read.proposedValidUntil?.toISOString().slice(0, 10)).toBe("2027-02-28");
    const passages = await db.documentPassage.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
    expect(passages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
    expect(passages.map((p) => p.position)).toEqual([0, 1, 2, 3]);
    const hits = await sql(
      `SELECT page, ts_rank_cd(search, q) AS rank FROM "DocumentPassage", websearch_to_tsquery('english', $2) q WHERE "documentId" = $1 AND search @@ q ORDER BY rank DESC`,
      [doc.id, `"notify customers" OR "incident notification" OR notified`],
    );
    expect(hits.rows[0]?.page).toBe(3);
  });

  it("says a PDF without a text layer has no text, rather than nothing", async () => {
    const vendor = await makeVendor(analyst);
    const { renderToBuffer: render } = await import("@react-pdf/renderer");
    const scan = new Uint8Array(await render(h(PdfDocument, null, h(Page, { size: "A4" }, h(View, { style: { height: 300, backgroundColor: "#777" } })))));
    const doc = await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "scan.pdf", bytes: scan, kind: "OTHER" });
    await processDocument(doc.id);
    expect(await getDocument({ actor: analyst, documentId: doc.id })).toMatchObject({ status: "READY", noText: true, pages: 1 });
  });

  it("resumes after a crash at the page after the last one it finished", async () => {
    const vendor = await makeVendor(analyst);
    const doc = await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "soc2.pdf", bytes: await pdf(SOC2), kind: "ATTESTATION" });
    await processDocument(doc.id);
    // As if the worker died after page 2: page 3's passages half-written, progress at 2.
    await sql(`UPDATE "VendorDocument" SET status = 'PROCESSING', "pagesDone" = 2, "processedAt" = NULL WHERE id = $1`, [doc.id]);
    await sql(`DELETE FROM "DocumentPassage" WHERE "documentId" = $1 AND page = 4`, [doc.id]);
    const kept = await db.documentPassage.findMany({ where: { documentId: doc.id, page: { lte: 2 } }, select: { id: true } });
    await processDocument(doc.id);
    const passages = await db.documentPassage.findMany({ where: { documentId: doc.id }, orderBy: { position: "asc" } });
    expect(passages.map((p) => p.page)).toEqual([1, 2, 3, 4]);
    expect(new Set(passages.map((p) => p.position)).size).toBe(4);
    expect(passages.slice(0, 2).map((p) => p.id)).toEqual(kept.map((k) => k.id));
    expect((await getDocument({ actor: analyst, documentId: doc.id })).status).toBe("READY");
  });

  it("ends a file that is not a readable PDF as FAILED with the reason", async () => {
    const vendor = await makeVendor(analyst);
    const doc = await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "broken.pdf", bytes: new TextEncoder().encode("%PDF-1.7\nthis is not really a pdf"), kind: "OTHER" });
    await processDocument(doc.id);
    expect(await getDocument({ actor: analyst, documentId: doc.id })).toMatchObject({ status: "FAILED", error: "The file could not be read as a document." });
  });

  it("refuses the same file twice for a vendor (409), a file that is not what it says (400), and a viewer (403), writing nothing", async () => {
    const vendor = await makeVendor(analyst);
    const bytes = await pdf(SOC2);
    await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "a.pdf", bytes, kind: "OTHER" });
    const dup = await expectAppError(uploadDocument({ actor: admin, vendorId: vendor.id, filename: "b.pdf", bytes, kind: "OTHER" }), "CONFLICT");
    expect(dup.message).toBe("This file is already in the vendor's documents, as a.pdf.");
    await expectAppError(uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "c.pdf", bytes: new TextEncoder().encode("<html>"), kind: "OTHER" }), "VALIDATION_ERROR");
    await expectAppError(uploadDocument({ actor: viewer, vendorId: vendor.id, filename: "d.pdf", bytes: await pdf(SOC2), kind: "OTHER" }), "FORBIDDEN");
    await expectAppError(uploadDocument({ actor: analyst, vendorId: "no-such-vendor", filename: "e.pdf", bytes: await pdf(SOC2), kind: "OTHER" }), "NOT_FOUND");
    expect((await listVendorDocuments({ actor: viewer, vendorId: vendor.id })).map((d) => d.filename)).toEqual(["a.pdf"]);
    const jobs = await sql(`SELECT count(*)::int AS n FROM pgboss.job j JOIN "VendorDocument" d ON d.id = j.data->>'documentId' WHERE d."vendorId" = $1`, [vendor.id]);
    expect(jobs.rows[0]!.n).toBe(1);
  });

  it("takes the vendor respondent's upload into that vendor's library only", async () => {
    const versionId = await publishedTemplate(admin);
    const [mine, other] = [await makeVendor(analyst), await makeVendor(analyst)];
    const a = await startAssessment({ actor: analyst, vendorId: mine.id, templateVersionId: versionId });
    const invite = await createInvite({ actor: analyst, assessmentId: a.id, input: { name: "Dana Okafor", email: "dana@vendor.example" }, baseUrl: "https://vs.example/" });
    const token = invite.link.split("/respond/")[1]!;
    const doc = await respondentUploadDocument({ token, filename: "model-card.md", bytes: new TextEncoder().encode("# Model card\n\nTraining data summary."), kind: "MODEL_CARD" });
    expect(doc).not.toHaveProperty("vendorId");
    expect((await listVendorDocuments({ actor: analyst, vendorId: mine.id })).map((d) => d.id)).toEqual([doc.id]);
    expect(await listVendorDocuments({ actor: analyst, vendorId: other.id })).toEqual([]);
    const row = await db.vendorDocument.findUniqueOrThrow({ where: { id: doc.id }, select: { respondentId: true, uploadedById: true } });
    expect(row).toEqual({ respondentId: invite.id, uploadedById: null });
    await expectAppError(respondentUploadDocument({ token: `vsr_${"B".repeat(43)}`, filename: "x.md", bytes: new TextEncoder().encode("# x"), kind: "OTHER" }), "NOT_FOUND");
  });

  it("suggests answers with citations from the assessment's own vendor's documents only", async () => {
    const versionId = await publishedTemplate(admin);
    const [mine, other] = [await makeVendor(analyst), await makeVendor(analyst)];
    const policy = `<html><body><h1>Trust centre</h1>
      <h2>Customer verification</h2><p>Before API keys are issued, every organisation must complete organization verification: we verify the identity of the legal entity with government-issued identification.</p>
      <h2>Watermarking</h2><p>We do not watermark text outputs at this time.</p></body></html>`;
    const doc = await uploadDocument({ actor: analyst, vendorId: mine.id, filename: "trust.html", bytes: new TextEncoder().encode(policy), kind: "SECURITY_WHITEPAPER" });
    await processDocument(doc.id);
    const a = await startAssessment({ actor: analyst, vendorId: mine.id, templateVersionId: versionId });
    const items = await getSuggestions({ actor: viewer, assessmentId: a.id });
    const kyc = items.find((i) => i.questionKey === "identity_org_kyc");
    expect(kyc).toMatchObject({ value: "YES" });
    expect(kyc!.confidence).toBeGreaterThanOrEqual(0.65);
    expect(kyc!.citations[0]).toMatchObject({ documentId: doc.id, page: 1 });
    expect(kyc!.citations[0]!.quote).toContain("we verify the identity of the legal entity");
    expect(items.every((i) => i.citations.length > 0)).toBe(true);
    // Another vendor's assessment sees none of these documents.
    const b = await startAssessment({ actor: analyst, vendorId: other.id, templateVersionId: versionId });
    expect(await getSuggestions({ actor: analyst, assessmentId: b.id })).toEqual([]);
    await expectAppError(getSuggestions({ actor: analyst, assessmentId: "no-such-assessment" }), "NOT_FOUND");
  });

  it("a worker in this process takes the queued job and reads the document", async () => {
    const vendor = await makeVendor(analyst);
    await startDocumentWorker();
    const doc = await uploadDocument({ actor: analyst, vendorId: vendor.id, filename: "terms.html", bytes: new TextEncoder().encode("<html><body><h1>Terms</h1><p>We may suspend accounts that attempt model extraction.</p></body></html>"), kind: "TERMS" });
    await expect.poll(async () => (await getDocument({ actor: analyst, documentId: doc.id })).status, { timeout: 15_000, interval: 200 }).toBe("READY");
    expect(await db.documentPassage.count({ where: { documentId: doc.id } })).toBe(1);
  }, 30_000);
});
