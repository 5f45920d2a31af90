// The demo incident ledger: incidents of several demo vendors over the last 12 months, with the
// remedies claimed, recorded through the domain functions (so findings and audit rows are real).
import type { Actor } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import type { IncidentInput, RemedyInput } from "../lib/validation/incident";
import { createIncident } from "../lib/server/incidents/create-incident";
import { addRemedy } from "../lib/server/incidents/add-remedy";

type DemoIncident = {
  vendor: string;
  by: "analyst" | "reviewer";
  incident: Omit<IncidentInput, "occurredAt" | "learnedAt"> & { daysAgo: number; learnedAfterHours: number };
  remedies?: (Omit<RemedyInput, "claimedAt" | "receivedAt"> & { claimedAfterDays: number; receivedAfterDays?: number })[];
};

const LEDGER: DemoIncident[] = [
  {
    vendor: "Helixon AI",
    by: "analyst",
    incident: {
      title: "Distillation campaign through resold API keys",
      description: "Coordinated accounts harvested Helix API outputs to train a competing model. The vendor detected it, revoked 340 keys and told affected customers the same day.",
      type: "ABUSE_CAMPAIGN",
      severity: "HIGH",
      disclosure: "VENDOR",
      sourceUrl: "https://trust.helixon.example/advisories/2026-07-distillation",
      daysAgo: 130,
      learnedAfterHours: 20,
    },
    remedies: [{ kind: "SERVICE_CREDIT", currency: "USD", amountClaimed: "4800", amountReceived: "4800", claimedAfterDays: 6, receivedAfterDays: 35, notes: "10% monthly credit under the SLA's security-event clause." }],
  },
  {
    vendor: "Lumen Reasoning",
    by: "analyst",
    incident: {
      title: "Inference outage in the EU region (19 hours)",
      description: "Capacity failure at the vendor's EU inference provider; the contract-review assistant was unavailable for most of a working day.",
      type: "OUTAGE",
      severity: "MEDIUM",
      disclosure: "VENDOR",
      sourceUrl: "https://status.lumen-reasoning.example/incidents/eu-west-outage",
      daysAgo: 250,
      learnedAfterHours: 1,
    },
    remedies: [{ kind: "REFUND", currency: "EUR", amountClaimed: "12500", amountReceived: "7500", claimedAfterDays: 10, receivedAfterDays: 60, notes: "Vendor accepts 60% of the refund; the rest is disputed under the force-majeure clause." }],
  },
  {
    vendor: "Kestrel Labs",
    by: "reviewer",
    incident: {
      title: "Model weights offered for sale on a forum",
      description: "Security press reported that weights of the kv-3 family were offered for sale; the vendor had not notified customers.",
      type: "MODEL_THEFT",
      severity: "CRITICAL",
      disclosure: "DISCOVERED",
      sourceUrl: "https://news.security-weekly.example/2026/kestrel-weights-leak",
      daysAgo: 75,
      learnedAfterHours: 9 * 24,
    },
    remedies: [{ kind: "INDEMNITY", currency: "USD", amountClaimed: "50000", amountReceived: "0", claimedAfterDays: 14, notes: "Indemnity claimed for the re-validation of the document classifier." }],
  },
  {
    vendor: "Aurora Models",
    by: "reviewer",
    incident: {
      title: "Chat transcripts exposed through a misconfigured log bucket",
      description: "Prompt and completion logs of hosted customers were publicly readable for four days. Notified five days after the exposure began.",
      type: "DATA_LEAK",
      severity: "HIGH",
      disclosure: "VENDOR",
      sourceUrl: "https://aurora-models.example/security/notice-2026-03",
      daysAgo: 190,
      learnedAfterHours: 120,
    },
    remedies: [{ kind: "SERVICE_CREDIT", currency: "GBP", amountClaimed: "2000", amountReceived: "0", claimedAfterDays: 8, notes: "Awaiting the vendor's answer." }],
  },
  {
    vendor: "Quanta Forge",
    by: "analyst",
    incident: {
      title: "Export-control restriction on the QF Coder weights",
      description: "New export rules bar the vendor from serving the hosted model to two of our subsidiaries' regions; the platform team moved them to another model.",
      type: "EXPORT_RESTRICTION",
      severity: "MEDIUM",
      disclosure: "VENDOR",
      sourceUrl: "https://quanta-forge.example/blog/export-rules-update",
      daysAgo: 40,
      learnedAfterHours: 48,
    },
  },
  {
    vendor: "Pangea Translate",
    by: "analyst",
    incident: {
      title: "Legacy translation API withdrawn at 30 days' notice",
      description: "The vendor retired the pmt-2025 endpoint; supplier correspondence was switched to pmt-2026.1 under time pressure.",
      type: "SERVICE_WITHDRAWAL",
      severity: "LOW",
      disclosure: "VENDOR",
      daysAgo: 300,
      learnedAfterHours: 2,
    },
    remedies: [{ kind: "SERVICE_CREDIT", currency: "EUR", amountClaimed: "900", amountReceived: "900", claimedAfterDays: 3, receivedAfterDays: 20, notes: "Migration credit." }],
  },
];

const moment = (d: Date) => d.toISOString().slice(0, 16);
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Records the demo ledger for the seeded vendors it names (skips a vendor that is missing). */
export async function seedIncidents({ analyst, reviewer, now = new Date() }: { analyst: Actor; reviewer: Actor; now?: Date }) {
  const db = getDb();
  let incidents = 0;
  let findings = 0;
  for (const item of LEDGER) {
    const vendor = await db.vendor.findFirst({ where: { name: item.vendor }, select: { id: true } });
    if (!vendor) continue;
    const actor = item.by === "analyst" ? analyst : reviewer;
    const { daysAgo, learnedAfterHours, ...fields } = item.incident;
    const occurred = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo, 9, 30));
    const learned = new Date(occurred.getTime() + learnedAfterHours * 3_600_000);
    const created = await createIncident({ actor, vendorId: vendor.id, input: { ...fields, occurredAt: moment(occurred), learnedAt: moment(learned) } });
    incidents++;
    if (created.findingId) findings++;
    for (const { claimedAfterDays, receivedAfterDays, ...remedy } of item.remedies ?? []) {
      const claimed = new Date(occurred.getTime() + claimedAfterDays * 86_400_000);
      const received = receivedAfterDays === undefined ? undefined : new Date(occurred.getTime() + receivedAfterDays * 86_400_000);
      await addRemedy({ actor, incidentId: created.id, input: { ...remedy, claimedAt: day(claimed), receivedAt: received ? day(received) : undefined } });
    }
  }
  return { incidents, findings };
}
