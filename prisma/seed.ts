// Demo data: `npm run db:seed` (and `npm run demo`). Idempotent: run it as often as you like.
import "../scripts/lib/server-context";
import { readFileSync } from "node:fs";
import { getDb } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import { SYSTEM } from "../lib/auth/permissions";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/demo-users";
import { importTemplate } from "../lib/server/templates/import-template";
import { publishVersion } from "../lib/server/templates/publish-version";
import { seedPortfolio } from "./seed-portfolio";
import { seedIncidents } from "./seed-incidents";
import { seedRespondents } from "./seed-respondents";
import { seedCadence } from "./seed-cadence";
import { rateUnratedVendors } from "../lib/server/ratings/rate-unrated-vendors";
import { DEFAULT_TEMPLATE_FILE, DEFAULT_TEMPLATE_V2_FILE } from "./seed-paths";
import { seedReassessment } from "./seed-reassessment";
import { seedDocuments } from "./seed-documents";
import { stopQueue } from "../lib/server/jobs/queue";
import { installShippedLibrary } from "../lib/server/clauses/install-shipped-library";
import { seedOrganization } from "./seed-organization";
import type { Role } from "../generated/prisma/enums";


const EXTRA_USERS: { email: string; name: string; role: Role; active: boolean }[] = [
  { email: "j.moreau@example.com", name: "Julien Moreau", role: "ANALYST", active: true },
  { email: "h.tanaka@example.com", name: "Hana Tanaka", role: "REVIEWER", active: true },
  { email: "d.ferreira@example.com", name: "Diego Ferreira", role: "VIEWER", active: true },
  { email: "r.walsh@example.com", name: "Rowan Walsh", role: "ANALYST", active: false },
];

async function seedUsers() {
  const db = getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = [...DEMO_USERS.map((u) => ({ ...u, active: true })), ...EXTRA_USERS];
  let created = 0;
  for (const user of users) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue;
    await db.$transaction(async (tx) => {
      const row = await tx.user.create({ data: { ...user, passwordHash } });
      await tx.auditEvent.create({
        data: {
          action: "user.create",
          entity: "User",
          entityId: row.id,
          data: { subject: row.name, after: { name: row.name, email: row.email, role: row.role }, source: "seed" },
        },
      });
    });
    created++;
  }
  console.log(`Seed: ${created} users created, ${users.length - created} already present.`);
}

/**
 * A version of the default questionnaire, imported and published once (publishing v2 retires v1).
 * Returns that version's id, or null when the template already has it or a later one.
 */
async function seedTemplateVersion(path: string): Promise<string | null> {
  const file = JSON.parse(readFileSync(path, "utf8"));
  const existing = await getDb().questionnaireTemplate.findUnique({ where: { key: file.template.key }, select: { versions: { select: { number: true } } } });
  if (existing && existing.versions.some((v) => v.number >= file.version.number)) {
    console.log(`Seed: template "${file.template.name}" v${file.version.number} already present.`);
    return null;
  }
  const { versionId, number } = await importTemplate({ actor: SYSTEM, input: file, requestId: "seed" });
  await publishVersion({ actor: SYSTEM, versionId, requestId: "seed" });
  console.log(`Seed: template "${file.template.name}" v${number} imported and published.`);
  return versionId;
}

async function actor(email: string) {
  return getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true } });
}

/**
 * Vendors, models, assessments in every state, findings: once, on an empty register. The past
 * cycles of a few vendors are answered on v1 (their scores stay as they were); then v2 is published
 * and the rest of the portfolio is on v2, with one vendor's reassessment carried over from v1 and
 * one v1 draft left to move to v2.
 */
async function seedDemoPortfolio(v1: string | null): Promise<void> {
  if (!v1 || (await getDb().vendor.count()) > 0) {
    console.log("Seed: vendor register already has data (or its template is already there); portfolio skipped.");
    await seedTemplateVersion(DEFAULT_TEMPLATE_V2_FILE);
    return;
  }
  const started = Date.now();
  const people = { analyst: await actor("analyst@example.com"), colleague: await actor("j.moreau@example.com"), reviewer: await actor("ciso@example.com") };
  const first = await seedPortfolio({ ...people, templateVersionId: v1, on: "v1" });
  const v2 = await seedTemplateVersion(DEFAULT_TEMPLATE_V2_FILE);
  const second = v2 ? await seedPortfolio({ ...people, templateVersionId: v2, on: "v2" }) : { assessments: 0 };
  console.log(`Seed: ${first.vendors} vendors and ${first.assessments} assessments on v1, ${second.assessments} on v2, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const ledger = await seedIncidents({ analyst: people.analyst, reviewer: people.reviewer });
  console.log(`Seed: ${ledger.incidents} vendor incidents (${ledger.findings} opened a finding).`);
  await seedRespondents({ analyst: people.analyst, colleague: people.colleague });
  await seedCadence({ analyst: people.analyst });
  if (v2) await seedReassessment({ analyst: people.analyst, templateVersionId: v2 });
  await seedDocuments({ analyst: people.analyst });
}

async function main() {
  if (process.env.NODE_ENV === "production" && process.env.VENDORSCOPE_ALLOW_DEMO_SEED !== "1") {
    throw new Error(
      "Refusing to seed demo users with NODE_ENV=production. Create the first admin with `npm run user:create`, " +
        "or set VENDORSCOPE_ALLOW_DEMO_SEED=1 if this really is a demo.",
    );
  }
  try {
    await seedUsers();
    const library = await installShippedLibrary();
    if (library) console.log(`Seed: clause library v${library} installed and published.`);
    await seedOrganization();
    await seedDemoPortfolio(await seedTemplateVersion(DEFAULT_TEMPLATE_FILE));
    // A demo database from before migration 0007 gets its vendors rated (db:deploy does this too).
    const rated = await rateUnratedVendors();
    if (rated) console.log(`Seed: ${rated} vendor(s) given their risk rating.`);
  } finally {
    await stopQueue();
    await getDb().$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
