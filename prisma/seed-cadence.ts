// The demo of the review cadence, on the seeded portfolio: a vendor registers a new model version
// (its approved assessment goes stale), evidence with a validity end (one expired, one expiring
// soon), then the daily job runs once (overdue vendors marked, expired evidence flagged, reminders
// emailed when SMTP_URL is set, logged as not sent otherwise).
import type { Actor } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import { uploadEvidence } from "../lib/server/assessments/upload-evidence";
import { formatDailyJobsSummary, runDailyJobs } from "../lib/server/jobs/run-daily-jobs";
import { saveVendor } from "../lib/server/vendors/save-vendor";
import { mailConfigured } from "../lib/mail/send-mail";
import { assuranceQuestionKey } from "./seed-evidence";

const DAY = 86_400_000;

/** A tiny file that passes the upload's content check for .pdf. */
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function ownerOf(vendorName: string): Promise<{ vendorId: string; owner: Actor } | null> {
  const v = await getDb().vendor.findUnique({ where: { nameKey: vendorName.toLowerCase() }, select: { id: true, owner: { select: { id: true, email: true, name: true, role: true } } } });
  return v && { vendorId: v.id, owner: v.owner };
}

/** Upload a file to the vendor's open (editable) assessment, then give it a validity end. */
async function evidenceWithExpiry(vendorName: string, filename: string, validUntil: Date) {
  const found = await ownerOf(vendorName);
  const db = getDb();
  const open = found && (await db.assessment.findFirst({ where: { vendorId: found.vendorId, status: { in: ["DRAFT", "CHANGES_REQUESTED"] } }, select: { id: true } }));
  if (!found || !open) return false;
  const file = await uploadEvidence({ actor: found.owner, assessmentId: open.id, questionKey: await assuranceQuestionKey(open.id), filename, bytes: pdf(`${vendorName}: ${filename}`), requestId: "seed" });
  await db.evidenceFile.update({ where: { id: file.id }, data: { validUntil } });
  return true;
}

export async function seedCadence({ analyst }: { analyst: Actor }) {
  const db = getDb();
  const now = Date.now();

  // Helixon AI moves its API to a new model version: the approval covered helix-large-2026-03.
  const helixon = await db.vendor.findUnique({ where: { nameKey: "helixon ai" }, include: { products: { orderBy: { order: "asc" } } } });
  let stale = 0;
  if (helixon) {
    await saveVendor({
      actor: analyst,
      vendorId: helixon.id,
      requestId: "seed",
      input: {
        name: helixon.name,
        website: helixon.website ?? undefined,
        country: helixon.country,
        description: helixon.description ?? undefined,
        ownerId: helixon.ownerId,
        products: helixon.products.map((p) => ({ id: p.id, name: p.name, model: p.model === "helix-large-2026-03" ? "helix-large-2026-09" : p.model })),
        dataSensitivity: helixon.dataSensitivity,
        businessCriticality: helixon.businessCriticality,
        integrationDepth: helixon.integrationDepth,
        regulatedUse: helixon.regulatedUse,
      },
    });
    stale = await db.assessment.count({ where: { vendorId: helixon.id, staleAt: { not: null } } });
  }

  // Evidence with a validity end: a SOC 2 report that lapses soon, a certificate already expired.
  let files = 0;
  if (await evidenceWithExpiry("Aurora Models", "Aurora-SOC2-Type-II-report.pdf", new Date(now + 18 * DAY))) files++;
  if (await evidenceWithExpiry("Tessellate Systems", "Tessellate-ISO-27001-certificate.pdf", new Date(now - 12 * DAY))) files++;

  const summary = await runDailyJobs({ now: new Date(now) });
  console.log(`Seed: ${stale} approved assessment(s) made stale by a new model version, ${files} evidence file(s) with a validity end; ${formatDailyJobsSummary(summary, mailConfigured())}.`);
}
