// The bench database at scale N: N × 2,000 vendors, N × 5,000 assessments on the default template v1
// (73 questions: ~N × 365,000 answers), findings and audit rows, written with COPY. Users, the
// template, the clause library, the organisation and the API token go through the domain functions;
// everything the register stores is computed by the app's own pure functions: the tier (deriveTier),
// the next review date (nextReviewDate), every score and questionnaire rating (scoreAssessment on the
// version as it applies to the vendor, forVendor) and the vendor risk rating with its floors
// (rateVendor over the vendor's findings), so rating/score filters and sorts match what the app
// would have stored had every step gone through it.
import { readFileSync } from "node:fs";
import pg from "pg";
import { seededRandom } from "../../lib/seeded-random";
import { copyRows, type Cell } from "./copy";
import { answerAt } from "../../prisma/demo-answer";

export const SCALE_1 = { vendors: 2000, assessments: 5000 };
export const BENCH_PASSWORD = "bench-password-123";
export const ADMIN_EMAIL = "admin@bench.example";

export type SeedInfo = {
  seconds: number;
  rows: Record<string, number>;
  token: string;
  /** Submitted (frozen) assessments, latest first */
  submitted: string[];
  /** Drafts with their current version */
  drafts: { id: string; version: number }[];
  /** YES_PARTIAL_NO questions always visible: what the answer-save benchmark writes */
  questionKeys: string[];
  ratings: Record<string, number>;
};

type AnswerValue = string | string[] | number | null;
type Status = "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "APPROVED" | "CHANGES_REQUESTED" | "REJECTED";
type Level = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";

const DAY = 86_400_000;
const SYLLABLES = ["no", "va", "he", "lix", "quan", "ta", "lu", "men", "or", "bit", "kes", "trel", "au", "ro", "stra", "tus", "cin", "der", "ver", "tex", "at", "las", "nim", "bus", "sa", "ble", "zep", "hyr", "mi", "ra", "do", "pan", "ge", "ka", "li", "so", "te", "ri", "vo", "xen"];
const SUFFIXES = ["AI", "Labs", "Models", "Cognition", "Systems", "Intelligence", "Reasoning", "Analytics", "Machines", "Research", "Robotics", "Neural"];
const PRODUCT_KINDS = [
  ["API", "large"],
  ["Chat", "chat"],
  ["Embed", "embed"],
  ["Vision", "vision"],
  ["Coder", "coder"],
  ["Agent", "agent"],
  ["Speech", "speech"],
  ["Translate", "mt"],
] as const;
const COUNTRIES = ["US", "US", "US", "US", "GB", "GB", "DE", "FR", "CA", "IE", "NL", "SE", "CH", "IL", "SG", "JP", "KR", "IN", "AU", "HK"];
const DESCRIPTIONS = [
  "Frontier model API used for customer-support drafting.",
  "Reasoning model behind the contract-review assistant.",
  "Assistant embedded in the HR self-service portal.",
  "Vision API for document classification in accounts payable.",
  "Open-weight chat model hosted by the vendor for marketing copy.",
  "Code-generation model trialled by the platform team.",
  "AI copilot inside the BI suite used by finance.",
  "Machine translation for supplier correspondence.",
  "Speech-to-text for the contact centre.",
  "Autonomous agent that triages IT tickets.",
];
const CRITICALITY = ["LOW", "MEDIUM", "HIGH", "MISSION_CRITICAL"] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function weighted<T>(rand: () => number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((a, [, w]) => a + w, 0);
  let r = rand() * total;
  for (const [v, w] of entries) if ((r -= w) < 0) return v;
  return entries.at(-1)![0];
}

/** cuid-like ids: unique, sortable by creation, under the 64 characters an id may have. */
function idMaker(prefix: string) {
  let n = 0;
  const stamp = Date.now().toString(36);
  return () => `c${prefix}${stamp}${(n++).toString(36).padStart(7, "0")}`;
}

export async function seedBench(url: string, { scale, log = console.log }: { scale: number; log?: (line: string) => void }): Promise<SeedInfo> {
  process.env.DATABASE_URL = url;
  const started = Date.now();
  const { getDb } = await import("../../lib/db");
  const { SYSTEM } = await import("../../lib/auth/permissions");
  const { hashPassword } = await import("../../lib/auth/password");
  const { importTemplate } = await import("../../lib/server/templates/import-template");
  const { publishVersion } = await import("../../lib/server/templates/publish-version");
  const { loadVersion } = await import("../../lib/server/templates/load-version");
  const { installShippedLibrary } = await import("../../lib/server/clauses/install-shipped-library");
  const { seedOrganization } = await import("../../prisma/seed-organization");
  const { createApiToken } = await import("../../lib/server/tokens/create-token");
  const { scoreAssessment, visibleQuestions } = await import("../../lib/scoring");
  const { forVendor, toScoringTemplate } = await import("../../lib/scoring/from-version");
  const { rateVendor } = await import("../../lib/scoring/vendor-rating");
  const { deriveTier, nextReviewDate } = await import("../../lib/vendors/tier");
  const { nameKey } = await import("../../lib/server/vendors/vendor-dto");
  const { DEFAULT_TEMPLATE_FILE } = await import("../../prisma/seed-paths");
  const db = getDb();
  const rand = seededRandom(18 * 1000 + scale);
  const now = new Date();
  const VENDORS = Math.round(SCALE_1.vendors * scale);
  const ASSESSMENTS = Math.round(SCALE_1.assessments * scale);

  // People, template, clause library, organisation: through the domain functions.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const people = [
    { email: ADMIN_EMAIL, name: "Bench Admin", role: "ADMIN" },
    { email: "analyst1@bench.example", name: "Ada Analyst", role: "ANALYST" },
    { email: "analyst2@bench.example", name: "Bo Analyst", role: "ANALYST" },
    { email: "analyst3@bench.example", name: "Cy Analyst", role: "ANALYST" },
    { email: "reviewer1@bench.example", name: "Dee Reviewer", role: "REVIEWER" },
    { email: "reviewer2@bench.example", name: "Eli Reviewer", role: "REVIEWER" },
    { email: "viewer@bench.example", name: "Fay Viewer", role: "VIEWER" },
  ] as const;
  const users = [];
  for (const p of people) users.push(await db.user.create({ data: { ...p, passwordHash } }));
  const admin = users[0]!;
  const owners = users.slice(0, 4);
  const reviewers = users.slice(4, 6);
  await installShippedLibrary();
  await seedOrganization();
  const library = await db.clauseLibraryVersion.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
  const { versionId } = await importTemplate({ actor: SYSTEM, input: JSON.parse(readFileSync(DEFAULT_TEMPLATE_FILE, "utf8")), requestId: "bench" });
  await publishVersion({ actor: SYSTEM, versionId, requestId: "bench" });
  const version = await loadVersion(db, versionId);
  const questions = version.sections.flatMap((s) => s.questions);
  const byCriticality = new Map(CRITICALITY.map((c) => [c, toScoringTemplate(forVendor(version, { businessCriticality: c }))]));
  const criticalAnywhere = new Set(questions.filter((q) => q.critical).map((q) => q.key));

  // ---- vendors ------------------------------------------------------------------------------
  const vendorId = idMaker("v");
  const names = new Set<string>();
  type V = {
    id: string; name: string; website: string; country: string; description: string; ownerId: string;
    dataSensitivity: "PUBLIC" | "INTERNAL" | "CONFIDENTIAL" | "RESTRICTED"; businessCriticality: (typeof CRITICALITY)[number]; integrationDepth: "STANDALONE" | "API_INTEGRATION" | "EMBEDDED_IN_PRODUCT" | "AUTONOMOUS_AGENT";
    regulatedUse: boolean; tier: 1 | 2 | 3; incidentDisclosureHours: number; quality: number; createdAt: Date;
    products: { id: string; name: string; model: string }[];
  };
  const productId = idMaker("p");
  const vendors: V[] = [];
  for (let i = 0; i < VENDORS; i++) {
    let name = "";
    for (let tries = 0; !name || names.has(nameKey(name)); tries++) {
      const brand = Array.from({ length: 2 + (tries > 3 ? 1 : 0) + Math.floor(rand() * 1.3) }, () => pick(rand, SYLLABLES)).join("");
      name = `${brand[0]!.toUpperCase()}${brand.slice(1)} ${pick(rand, SUFFIXES)}${tries > 8 ? ` ${tries}` : ""}`;
    }
    names.add(nameKey(name));
    const brand = name.split(" ")[0]!;
    const intake = {
      dataSensitivity: weighted(rand, [["PUBLIC", 1], ["INTERNAL", 3], ["CONFIDENTIAL", 4], ["RESTRICTED", 2]] as const),
      businessCriticality: weighted(rand, [["LOW", 3], ["MEDIUM", 4], ["HIGH", 2], ["MISSION_CRITICAL", 1]] as const),
      integrationDepth: weighted(rand, [["STANDALONE", 3], ["API_INTEGRATION", 4], ["EMBEDDED_IN_PRODUCT", 2], ["AUTONOMOUS_AGENT", 1]] as const),
      regulatedUse: rand() < 0.25,
    };
    const kinds = [...PRODUCT_KINDS].sort(() => rand() - 0.5).slice(0, 1 + Math.floor(rand() * 3));
    const year = 2024 + Math.floor(rand() * 3);
    vendors.push({
      id: vendorId(),
      name,
      website: `https://${brand.toLowerCase()}.example`,
      country: pick(rand, COUNTRIES),
      description: pick(rand, DESCRIPTIONS),
      ownerId: pick(rand, owners).id,
      ...intake,
      tier: deriveTier(intake),
      incidentDisclosureHours: pick(rand, [24, 48, 72, 72, 72, 168]),
      // How well the vendor answers (0: the worst way … 1: best practice everywhere)
      quality: Math.min(0.98, Math.max(0.05, 0.35 + 0.55 * (rand() + rand() + rand()) / 3 + (rand() < 0.15 ? -0.3 : 0))),
      createdAt: new Date(now.getTime() - (60 + rand() * 1000) * DAY),
      products: kinds.map(([kind, slug]) => ({ id: productId(), name: `${brand} ${kind}`, model: `${brand.toLowerCase()}-${slug}-${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}` })),
    });
  }

  // ---- how many cycles each vendor has: ~8 % none yet, the rest 1–4, ASSESSMENTS in all -------------
  const counts = vendors.map(() => (rand() < 0.08 ? 0 : 1 + Math.floor(rand() * 4)));
  let total = counts.reduce((a, b) => a + b, 0);
  while (total !== ASSESSMENTS) {
    const i = Math.floor(rand() * VENDORS);
    const step = total < ASSESSMENTS ? (counts[i]! < 6 ? 1 : 0) : counts[i]! > 1 ? -1 : 0;
    counts[i] = counts[i]! + step;
    total += step;
  }

  // ---- assessments, answers, findings, audit ----------------------------------------------------
  const assessmentId = idMaker("a");
  const findingId = idMaker("f");
  const auditId = idMaker("e");
  type A = { row: Cell[]; id: string; createdById: string; values: (AnswerValue | undefined)[]; reviewed: boolean; reviewerId: string | null; at: Date };
  const assessments: A[] = [];
  const findings: Cell[][] = [];
  const audit: Cell[][] = [];
  const vendorRows: Cell[][] = [];
  const submitted: { id: string; at: number }[] = [];
  const drafts: { id: string; version: number }[] = [];
  const ratings: Record<string, number> = {};
  const auditRow = (actorId: string | null, action: string, entity: string, entityId: string, data: object, at: Date) => audit.push([auditId(), actorId, action, entity, entityId, data, "bench-seed", at]);

  for (const [vi, v] of vendors.entries()) {
    const scoring = byCriticality.get(v.businessCriticality)!;
    const n = counts[vi]!;
    auditRow(v.ownerId, "vendor.create", "Vendor", v.id, { subject: v.name, after: { name: v.name, tier: v.tier } }, v.createdAt);
    // Cycles in time: the latest submitted 0–10 months ago (a draft: started 0–60 days ago), each earlier one 6–14 months before.
    const latestStatus: Status = weighted(rand, [["DRAFT", 20], ["SUBMITTED", 12], ["IN_REVIEW", 10], ["CHANGES_REQUESTED", 5], ["APPROVED", 43], ["REJECTED", 10]] as const);
    let at = now.getTime() - (latestStatus === "DRAFT" ? rand() * 60 : 5 + rand() * 300) * DAY;
    const times: number[] = [];
    for (let c = 0; c < n; c++) {
      times.unshift(at);
      at -= (180 + rand() * 240) * DAY;
    }
    if (n > 0) v.createdAt = new Date(Math.min(v.createdAt.getTime(), times[0]! - 30 * DAY));
    // What the vendor row holds after its cycles: the latest submit's score and rating, the latest
    // status, the last submit or final decision (latestAssessmentAt), the last final decision (next review).
    const latest: { score: number | null; rating: Level | null; status: Status | null; at: Date | null; decidedAt: Date | null } = { score: null, rating: null, status: null, at: null, decidedAt: null };
    const vendorFindings: { id: string; severity: Level; status: "OPEN" | "IN_PROGRESS" | "RESOLVED" }[] = [];
    let previous: string | null = null;
    for (let c = 0; c < n; c++) {
      const isLast = c === n - 1;
      const quality = Math.min(0.99, Math.max(0.02, v.quality + 0.06 * c + (rand() - 0.5) * 0.2));
      const values: (AnswerValue | undefined)[] = questions.map((q) => answerFor(q, level(q, quality), rand));
      // Only the questions visible with these answers are answered (as the form would).
      const answers: Record<string, AnswerValue> = {};
      questions.forEach((q, k) => {
        if (values[k] !== undefined) answers[q.key] = values[k]!;
      });
      const visible = visibleQuestions(scoring, answers);
      questions.forEach((q, k) => {
        if (!visible.has(q.key)) values[k] = undefined;
      });
      let status: Status = isLast ? latestStatus : rand() < 0.85 ? "APPROVED" : "REJECTED";
      if (status === "DRAFT") {
        // A draft is answered in part, in questionnaire order.
        const share = 0.2 + rand() * 0.8;
        const keep = Math.round(values.length * share);
        for (let k = keep; k < values.length; k++) values[k] = undefined;
      }
      const kept: Record<string, AnswerValue> = {};
      questions.forEach((q, k) => {
        if (values[k] !== undefined) kept[q.key] = values[k]!;
      });
      const result = scoreAssessment(scoring, kept);
      // Approving over failed knock-outs needs a risk acceptance: the bench's approvals have none, so those are rejections.
      if (status === "APPROVED" && result.criticalFailures.length > 0) status = "REJECTED";
      const id = assessmentId();
      const product = v.products[c % v.products.length]!;
      const createdById = v.ownerId;
      const t = times[c]!;
      const frozen = status !== "DRAFT";
      const submittedAt = frozen ? new Date(t) : null;
      const createdAt = new Date(t - (frozen ? 5 + rand() * 25 : 0) * DAY);
      const reviewed = status === "IN_REVIEW" || status === "APPROVED" || status === "REJECTED" || status === "CHANGES_REQUESTED";
      const decided = status === "APPROVED" || status === "REJECTED" || status === "CHANGES_REQUESTED";
      const decidedAt = decided ? new Date(Math.min(now.getTime() - 60_000, t + (2 + rand() * 18) * DAY)) : null;
      const reviewerId = reviewed ? pick(rand, reviewers).id : null;
      const snapshot = frozen ? { templateVersionId: versionId, templateVersionNumber: version.number, computedAt: submittedAt!.toISOString(), result } : null;
      const assessmentVersion = 2 + (frozen ? 1 : 0) + (reviewed ? 1 : 0) + (decided ? 1 : 0);
      const updatedAt = decidedAt ?? submittedAt ?? createdAt;
      assessments.push({
        id,
        createdById,
        values,
        reviewed,
        reviewerId,
        at: submittedAt ?? createdAt,
        row: [
          id, v.id, versionId, product.id, `${product.name} — ${product.model}`, status, assessmentVersion, createdById, reviewerId, submittedAt, decidedAt,
          decided ? (status === "APPROVED" ? "Controls adequate for the intended use." : status === "REJECTED" ? "Extraction and abuse controls fall short; rejected." : "Please attach the assurance report.") : null,
          snapshot, frozen ? result.overall : null, frozen ? result.rating : null, createdAt, updatedAt, previous, frozen ? library.id : null,
        ],
      });
      previous = id;
      auditRow(createdById, "assessment.start", "Assessment", id, { subject: v.name, after: { scope: `${product.name} — ${product.model}` } }, createdAt);
      auditRow(createdById, "assessment.answers_save", "Assessment", id, { subject: v.name, count: Object.keys(kept).length }, new Date(createdAt.getTime() + DAY));
      if (status === "DRAFT") drafts.push({ id, version: assessmentVersion });
      if (frozen) {
        if (status === "SUBMITTED" || status === "IN_REVIEW" || status === "APPROVED" || status === "REJECTED") submitted.push({ id, at: t });
        auditRow(createdById, "assessment.submit", "Assessment", id, { before: { status: "DRAFT" }, after: { status: "SUBMITTED", overall: result.overall, rating: result.rating, criticalFailures: result.criticalFailures } }, submittedAt!);
        Object.assign(latest, { score: result.overall, rating: result.rating, at: submittedAt });
      }
      if (reviewed) auditRow(reviewerId, "assessment.review", "Assessment", id, { before: { status: "SUBMITTED" }, after: { status: "IN_REVIEW" } }, new Date(t + DAY / 2));
      if (decided) {
        auditRow(reviewerId, `assessment.${status === "APPROVED" ? "approve" : status === "REJECTED" ? "reject" : "request_changes"}`, "Assessment", id, { before: { status: "IN_REVIEW" }, after: { status } }, decidedAt!);
        if (status !== "CHANGES_REQUESTED") Object.assign(latest, { decidedAt, at: decidedAt });
      }
      // Starting an assessment makes the vendor's latest status DRAFT; submit and decisions move it on.
      latest.status = status;

      // Findings a reviewer raised: on knock-outs (high/critical) and poor answers (low/medium).
      if (reviewed) {
        const poor = questions.filter((q, k) => values[k] !== undefined && !criticalAnywhere.has(q.key) && level(q, quality) === "poor").map((q) => q.key);
        const picks: { key: string; severity: Level }[] = [
          ...result.criticalFailures.slice(0, 2).map((key) => ({ key, severity: (rand() < 0.45 ? "CRITICAL" : "HIGH") as Level })),
          ...poor.sort(() => rand() - 0.5).slice(0, Math.floor(rand() * 2.2)).map((key) => ({ key, severity: weighted<Level>(rand, [["LOW", 35], ["MEDIUM", 45], ["HIGH", 14], ["CRITICAL", 6]]) })),
        ];
        for (const p of picks) {
          // Earlier cycles' serious findings were fixed (an approval needs them resolved or accepted); the rest stay open a while.
          const serious = p.severity === "HIGH" || p.severity === "CRITICAL";
          const fStatus = (!isLast && (serious || rand() < 0.7)) || (isLast && status === "APPROVED" && serious) ? "RESOLVED" : rand() < 0.7 ? "OPEN" : "IN_PROGRESS";
          const fAt = new Date(t + DAY);
          const fid = findingId();
          const q = questions.find((x) => x.key === p.key)!;
          findings.push([
            fid, id, v.id, p.key, `${p.severity === "CRITICAL" || p.severity === "HIGH" ? "Serious gap" : "Weak control"}: ${q.text}`.slice(0, 200), null, p.severity, fStatus, v.ownerId,
            new Date(fAt.getTime() + (30 + rand() * 60) * DAY), fStatus === "RESOLVED" ? "Fixed by the vendor; evidence checked." : null, fStatus === "RESOLVED" ? new Date(fAt.getTime() + (10 + rand() * 60) * DAY) : null,
            reviewerId, fAt, fAt,
          ]);
          vendorFindings.push({ id: fid, severity: p.severity, status: fStatus });
          auditRow(reviewerId, "finding.create", "Finding", fid, { subject: p.key, assessmentId: id, after: { severity: p.severity } }, fAt);
        }
      }
    }
    const tierAnchor = latest.decidedAt ?? v.createdAt;
    const nextReviewAt = nextReviewDate(tierAnchor, v.tier);
    const risk = rateVendor({ asOf: now.toISOString(), questionnaire: latest.rating ? { rating: latest.rating } : null, findings: vendorFindings, incidents: [] });
    ratings[risk.rating ?? "UNRATED"] = (ratings[risk.rating ?? "UNRATED"] ?? 0) + 1;
    vendorRows.push([
      v.id, v.name, nameKey(v.name), v.website, v.country, v.description, v.ownerId, v.dataSensitivity, v.businessCriticality, v.integrationDepth, v.regulatedUse, v.tier, nextReviewAt,
      latest.score, latest.rating, latest.status, latest.at, nextReviewAt < now ? nextReviewAt : null, null, v.incidentDisclosureHours, 1,
      risk.rating, risk.floors, now, v.createdAt, latest.at ?? v.createdAt,
    ]);
  }

  // ---- write it all with COPY (parents before children) ----------------------------------------
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  const timed = async (table: string, f: () => Promise<number>) => {
    const t0 = Date.now();
    rows[table] = await f();
    log(`  COPY ${table}: ${rows[table].toLocaleString("en-US")} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  try {
    // The rows are consistent by construction (parents first, ids from this run): skip the per-row
    // foreign-key triggers where the role may (a superuser, as on the local test server), and build the
    // big tables' secondary indexes once after their COPY rather than row by row.
    await client.query("SET session_replication_role = replica").catch(() => log("  (foreign keys checked row by row: not a superuser)"));
    const withoutIndexes = async (table: string, f: () => Promise<number>) => {
      const { rows: indexes } = await client.query<{ name: string; def: string }>(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = $1
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
        [table],
      );
      for (const i of indexes) await client.query(`DROP INDEX "${i.name}"`);
      const n = await f();
      for (const i of indexes) await client.query(i.def);
      return n;
    };
    await timed("vendors", () =>
      copyRows(client, "Vendor", ["id", "name", "nameKey", "website", "country", "description", "ownerId", "dataSensitivity", "businessCriticality", "integrationDepth", "regulatedUse", "tier", "nextReviewAt", "latestScore", "latestRating", "latestStatus", "latestAssessmentAt", "overdueSince", "lastReminderAt", "incidentDisclosureHours", "version", "riskRating", "riskFloors", "riskRatedAt", "createdAt", "updatedAt"], vendorRows),
    );
    await timed("products", () => copyRows(client, "VendorProduct", ["id", "vendorId", "name", "model", "order"], vendors.flatMap((v) => v.products.map((p, i) => [p.id, v.id, p.name, p.model, i]))));
    await timed("assessments", () =>
      copyRows(client, "Assessment", ["id", "vendorId", "templateVersionId", "productId", "scope", "status", "version", "createdById", "reviewerId", "submittedAt", "decidedAt", "decisionComment", "scoreSnapshot", "overallScore", "rating", "createdAt", "updatedAt", "previousId", "clauseLibraryVersionId"], assessments.map((a) => a.row)),
    );
    const answerId = idMaker("n");
    function* answerRows(): Generator<Cell[]> {
      for (const a of assessments) {
        for (const [k, q] of questions.entries()) {
          const value = a.values[k];
          if (value === undefined) continue;
          const evidence = k % 4 === 0 ? `https://trust.example/docs/${q.key.replace(/_/g, "-")}` : null;
          const verified = a.reviewed && evidence !== null && k % 8 === 0;
          yield [answerId(), a.id, q.key, JSON.stringify(value), k % 9 === 0 ? "Confirmed with the vendor's security team." : null, evidence, verified, verified ? a.reviewerId : null, verified ? a.at : null, "INTERNAL", a.createdById, false, a.at];
        }
      }
    }
    await timed("answers", () => withoutIndexes("Answer", () => copyRows(client, "Answer", ["id", "assessmentId", "questionKey", "value", "comment", "evidenceUrl", "verified", "verifiedById", "verifiedAt", "source", "updatedById", "carried", "updatedAt"], answerRows())));
    await timed("findings", () => copyRows(client, "Finding", ["id", "assessmentId", "vendorId", "questionKey", "title", "description", "severity", "status", "ownerId", "dueDate", "resolutionNote", "resolvedAt", "createdById", "createdAt", "updatedAt"], findings));
    await timed("audit", () => withoutIndexes("AuditEvent", () => copyRows(client, "AuditEvent", ["id", "actorId", "action", "entity", "entityId", "data", "requestId", "createdAt"], audit)));
    await client.query("RESET session_replication_role");
    // The triggers did not run under replica: compute the register's search text (migration 0016).
    await timed("search text", async () => (await client.query(`UPDATE "Vendor" SET "searchText" = ''`)).rowCount ?? 0);
    const t0 = Date.now();
    await client.query("ANALYZE");
    log(`  ANALYZE in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }

  const adminActor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  const { token } = await createApiToken({ actor: adminActor, input: { name: "bench", userId: admin.id, expiresInDays: 1 } });
  await db.$disconnect();
  return {
    seconds: (Date.now() - started) / 1000,
    rows,
    token,
    submitted: submitted.sort((a, b) => b.at - a.at).map((s) => s.id),
    drafts,
    questionKeys: questions.filter((q) => q.type === "YES_PARTIAL_NO" && !q.showIf).slice(0, 10).map((q) => q.key),
    ratings,
  };
}

type Q = { key: string; type: string; critical: boolean; options?: { value: string; score: number }[] | null; bands?: { max: number; score: number }[] | null };

/** good / mid / poor for one question: knock-out questions fail far less often than the rest. */
function level(q: Q, quality: number): "good" | "mid" | "poor" {
  // Deterministic per question and quality, so the findings pass sees the same level as the answers.
  const h = hash01(`${q.key}:${quality.toFixed(6)}`);
  const poor = q.critical ? (1 - quality) * 0.08 : (1 - quality) * 0.55;
  if (h < poor) return "poor";
  return h < poor + (1 - quality) * 0.6 ? "mid" : "good";
}

function hash01(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

/** An answer at a level, valid for the question's type (the demo seed's own), none for a poor TEXT. */
function answerFor(q: Q, lvl: "good" | "mid" | "poor", rand: () => number): AnswerValue | undefined {
  return answerAt(q, lvl, rand) ?? undefined;
}
