// The demo portfolio: fictional AI vendors with their models, and assessments in every workflow
// state, created through the domain functions (so scores, snapshots and audit rows are real).
import type { Actor } from "../lib/auth/permissions";
import { getDb } from "../lib/db";
import { nextReviewDate, deriveTier } from "../lib/vendors/tier";
import { questionScore, type AnswerValue } from "../lib/scoring";
import { toScoringTemplate } from "../lib/scoring/from-version";
import type { VendorInput } from "../lib/validation/vendor";
import type { VersionDto } from "../lib/server/templates/version-dto";
import { saveVendor } from "../lib/server/vendors/save-vendor";
import { startAssessment } from "../lib/server/assessments/start-assessment";
import { saveAnswers } from "../lib/server/assessments/save-answers";
import { submitAssessment } from "../lib/server/assessments/submit-assessment";
import { startReview } from "../lib/server/assessments/start-review";
import { decideAssessment } from "../lib/server/assessments/decide-assessment";
import { setEvidenceVerified } from "../lib/server/assessments/set-evidence-verified";
import { uploadEvidence } from "../lib/server/assessments/upload-evidence";
import { createFinding } from "../lib/server/findings/create-finding";
import { updateFinding } from "../lib/server/findings/update-finding";
import { loadVersion } from "../lib/server/templates/load-version";
import { seededRandom } from "../lib/seeded-random";
import { assuranceQuestionKey } from "./seed-evidence";
import { answerAt } from "./demo-answer";

type Stage = "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "REJECTED";

type Round = {
  /** 0 (answers the worst way) … 1 (best practice everywhere) */
  quality: number;
  stage: Stage;
  /** When it was submitted / decided, months before today */
  monthsAgo?: number;
  /** Critical questions answered NO on purpose */
  failCritical?: string[];
  /** Share of questions answered, for drafts */
  answered?: number;
  comment?: string;
  findings?: { questionKey: string; title: string; severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL"; dueInDays: number; status?: "IN_PROGRESS" }[];
  /** Approved with exceptions: the risk acceptance, expiring this many days after today (negative: already expired) */
  acceptance?: { expiresInDays: number; justification: string };
  /** Answered on questionnaire v1, before v2 was published (the default is v2) */
  v1?: true;
};

type DemoVendor = { vendor: Omit<VendorInput, "ownerId">; owner: "analyst" | "other"; rounds: Round[] };

const PORTFOLIO: DemoVendor[] = [
  {
    vendor: {
      name: "Helixon AI",
      website: "https://helixon.example",
      country: "US",
      description: "Frontier model API used for customer-support drafting and internal knowledge search.",
      products: [
        { name: "Helix API", model: "helix-large-2026-03" },
        { name: "Helix Embed", model: "helix-embed-v4" },
      ],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "HIGH",
      integrationDepth: "EMBEDDED_IN_PRODUCT",
      regulatedUse: false,
    },
    owner: "analyst",
    rounds: [{ quality: 0.9, stage: "APPROVED", monthsAgo: 2, comment: "Strong extraction defences and a 24-hour incident clause. Approved for customer-facing use." }],
  },
  {
    vendor: {
      name: "Lumen Reasoning",
      website: "https://lumen-reasoning.example",
      country: "CA",
      description: "Reasoning model behind our contract-review assistant.",
      products: [{ name: "Lumen R", model: "lumen-r1-2026-01" }],
      dataSensitivity: "RESTRICTED",
      businessCriticality: "HIGH",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: true,
    },
    owner: "analyst",
    rounds: [
      { v1: true, quality: 0.45, stage: "APPROVED", monthsAgo: 18, comment: "Approved with conditions: rate limits and watermarking to be improved within 6 months." },
      { v1: true, quality: 0.65, stage: "APPROVED", monthsAgo: 11, comment: "Conditions met in part; continuity plan still weak." },
      { v1: true, quality: 0.85, stage: "APPROVED", monthsAgo: 4, comment: "Mature programme now; exit plan agreed." },
    ],
  },
  {
    vendor: {
      name: "Northwind Cognition",
      website: "https://northwind-cognition.example",
      country: "GB",
      description: "Compass assistant embedded in the HR self-service portal.",
      products: [{ name: "Compass Assistant", model: "compass-2.1" }],
      dataSensitivity: "RESTRICTED",
      businessCriticality: "MEDIUM",
      integrationDepth: "EMBEDDED_IN_PRODUCT",
      regulatedUse: true,
    },
    owner: "other",
    rounds: [
      {
        quality: 0.7,
        stage: "IN_REVIEW",
        monthsAgo: 0,
        findings: [{ questionKey: "monitoring_log_retention_days", title: "Usage logs kept for only 30 days", severity: "MEDIUM", dueInDays: 60 }],
      },
    ],
  },
  {
    vendor: {
      name: "Kestrel Labs",
      website: "https://kestrel-labs.example",
      country: "DE",
      description: "Vision API for document classification in accounts payable.",
      products: [{ name: "Kestrel Vision API", model: "kv-3.2" }],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "MEDIUM",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: false,
    },
    owner: "analyst",
    rounds: [{ quality: 0.82, stage: "SUBMITTED", monthsAgo: 0 }],
  },
  {
    vendor: {
      name: "Aurora Models",
      website: "https://aurora-models.example",
      country: "FR",
      description: "Open-weight chat model hosted by the vendor for marketing copy.",
      products: [{ name: "Aurora Chat", model: "aurora-70b-instruct" }],
      dataSensitivity: "INTERNAL",
      businessCriticality: "MEDIUM",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: false,
    },
    owner: "other",
    rounds: [{ quality: 0.55, stage: "CHANGES_REQUESTED", monthsAgo: 0, comment: "Please attach the SOC 2 Type II report and clarify the incident notification deadline (the answer says 72 hours, the DPA says 'without undue delay')." }],
  },
  {
    vendor: {
      name: "Quanta Forge",
      website: "https://quantaforge.example",
      country: "SG",
      description: "Code-generation model trialled by the platform team.",
      products: [{ name: "QF Coder", model: "qf-coder-34b" }],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "MEDIUM",
      integrationDepth: "STANDALONE",
      regulatedUse: false,
    },
    owner: "analyst",
    rounds: [
      {
        quality: 0.3,
        stage: "REJECTED",
        monthsAgo: 1,
        failCritical: ["identity_org_kyc", "extraction_continuous_detection"],
        comment: "No customer verification and no extraction detection: we cannot rent a model this easy to distil. Rejected.",
        findings: [
          { questionKey: "identity_org_kyc", title: "No organisation verification before API access", severity: "CRITICAL", dueInDays: 30 },
          { questionKey: "extraction_continuous_detection", title: "No detection of distillation traffic", severity: "HIGH", dueInDays: 45 },
        ],
      },
    ],
  },
  {
    vendor: {
      name: "Mistwood Analytics",
      website: "https://mistwood.example",
      country: "IE",
      description: "AI insight copilot inside the BI suite used by finance.",
      products: [{ name: "Insight Copilot", model: "mw-copilot-2025.4" }],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "MEDIUM",
      integrationDepth: "EMBEDDED_IN_PRODUCT",
      regulatedUse: false,
    },
    owner: "other",
    rounds: [
      {
        v1: true,
        quality: 0.6,
        stage: "APPROVED",
        monthsAgo: 14,
        comment: "Acceptable for internal analytics; revisit watermarking and the rate limits.",
        findings: [
          { questionKey: "watermarking_output_watermark", title: "Outputs are not watermarked or fingerprinted", severity: "LOW", dueInDays: -60, status: "IN_PROGRESS" },
          { questionKey: "rate_limits_verification_tiers", title: "Rate limits not tied to the verification level of accounts", severity: "CRITICAL", dueInDays: -30 },
        ],
        acceptance: { expiresInDays: -62, justification: "Internal analytics only, behind our SSO; the vendor promised tiered rate limits within the year." },
      },
    ],
  },
  {
    vendor: {
      name: "Pangea Translate",
      website: "https://pangea-translate.example",
      country: "HK",
      description: "Machine translation for supplier correspondence.",
      products: [{ name: "Pangea MT", model: "pmt-2026.1" }],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "LOW",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: false,
    },
    owner: "analyst",
    rounds: [
      {
        quality: 0.5,
        stage: "APPROVED",
        monthsAgo: 3,
        failCritical: ["supply_chain_export_controls"],
        comment: "Approved for non-sensitive correspondence only, given the export-control gap.",
        findings: [{ questionKey: "supply_chain_export_controls", title: "No export-control compliance programme", severity: "HIGH", dueInDays: 90 }],
        acceptance: { expiresInDays: 20, justification: "Correspondence is non-sensitive and the vendor committed to an export-control programme by year end; accepted until the reassessment." },
      },
    ],
  },
  {
    vendor: {
      name: "Tessellate Systems",
      website: "https://tessellate.example",
      country: "US",
      description: "Agent runtime that files IT tickets and resets access on our behalf.",
      products: [
        { name: "Tessellate Agents", model: "agent-runtime-1.4" },
        { name: "Tessellate Planner", model: "planner-2026-02" },
      ],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "HIGH",
      integrationDepth: "AUTONOMOUS_AGENT",
      regulatedUse: false,
    },
    owner: "analyst",
    rounds: [{ quality: 0.7, stage: "DRAFT", answered: 0.45 }],
  },
  {
    vendor: {
      name: "Orbital Data",
      website: "https://orbital-data.example",
      country: "NL",
      description: "Semantic search over the public product catalogue.",
      products: [{ name: "Orbit Search", model: "orbit-embed-3" }],
      dataSensitivity: "PUBLIC",
      businessCriticality: "LOW",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: false,
    },
    owner: "other",
    rounds: [{ v1: true, quality: 0.95, stage: "APPROVED", monthsAgo: 26, comment: "Low exposure and strong controls." }],
  },
  {
    vendor: {
      name: "Baltic Voice AI",
      website: "https://balticvoice.example",
      country: "EE",
      description: "Speech-to-text for the contact centre; contract under negotiation.",
      products: [{ name: "Vox Transcribe", model: "vox-large-v3" }],
      dataSensitivity: "RESTRICTED",
      businessCriticality: "HIGH",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: true,
    },
    owner: "other",
    rounds: [],
  },
  {
    vendor: {
      name: "Cinder Imaging",
      website: "https://cinder-imaging.example",
      country: "KR",
      description: "Image generation for campaign mock-ups.",
      products: [{ name: "Cinder Image", model: "cinder-xl-2026" }],
      dataSensitivity: "INTERNAL",
      businessCriticality: "LOW",
      integrationDepth: "STANDALONE",
      regulatedUse: false,
    },
    owner: "analyst",
    // Started on v1 just before v2 was published: the analyst can move it to v2.
    rounds: [{ v1: true, quality: 0.5, stage: "DRAFT", answered: 0.1 }],
  },
];

/** Answers of a given quality: good ones with that probability, middling or poor otherwise. */
function answersFor(version: VersionDto, round: Round, rand: () => number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  const scoring = new Map(toScoringTemplate(version).domains.flatMap((d) => d.questions.map((q) => [q.key, q])));
  for (const q of version.sections.flatMap((s) => s.questions)) {
    const r = rand();
    const level = r < round.quality ? "good" : r < round.quality + (1 - round.quality) / 2 ? "mid" : "poor";
    if (round.failCritical?.includes(q.key)) {
      answers[q.key] = q.type === "CHOICE" ? [...q.options!].sort((a, b) => a.score - b.score)[0]!.value : "NO";
      continue;
    }
    const value = answerAt(q, level, rand);
    // Other critical questions are at least partly met: only the chosen ones fail.
    answers[q.key] = q.critical && value !== null && questionScore(scoring.get(q.key)!, value) === 0 ? answerAt(q, "good", rand) : value;
  }
  return answers;
}

function monthsBefore(months: number, now = new Date()) {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * The portfolio in two passes: on "v1" it registers every vendor and answers the rounds marked v1
 * (questionnaire v1 still published); on "v2", once v2 is published, the other rounds.
 */
export async function seedPortfolio({ analyst, colleague, reviewer, templateVersionId, on }: { analyst: Actor; colleague: Actor; reviewer: Actor; templateVersionId: string; on: "v1" | "v2" }) {
  const db = getDb();
  const version = await loadVersion(db, templateVersionId);
  const rand = seededRandom(on === "v1" ? 20261123 : 20261202); // every seed run builds the same portfolio
  let assessments = 0;

  for (const item of PORTFOLIO) {
    const owner = item.owner === "analyst" ? analyst : colleague;
    const vendor =
      on === "v1" ? await saveVendor({ actor: owner, input: { ...item.vendor, ownerId: owner.id } }) : await db.vendor.findUniqueOrThrow({ where: { nameKey: item.vendor.name.toLowerCase() }, select: { id: true } });
    const products = await db.vendorProduct.findMany({ where: { vendorId: vendor.id }, orderBy: { order: "asc" } });

    for (const [i, round] of item.rounds.entries()) {
      if ((on === "v1") !== (round.v1 === true)) continue;
      const answers = answersFor(version, round, rand);
      const keys = Object.keys(answers);
      const kept = round.stage === "DRAFT" ? keys.slice(0, Math.round(keys.length * (round.answered ?? 1))) : keys;
      // Each round is written out in full: none starts from the previous one (seed-reassessment does).
      const a = await startAssessment({ actor: owner, vendorId: vendor.id, productId: products[i % products.length]?.id, templateVersionId, carryOver: false });
      assessments++;
      let v = (
        await saveAnswers({
          actor: owner,
          assessmentId: a.id,
          input: {
            version: a.version,
            answers: kept.map((questionKey, n) => ({
              questionKey,
              value: answers[questionKey]!,
              comment: n % 9 === 0 ? "Confirmed with the vendor's security team." : undefined,
              evidenceUrl: n % 4 === 0 ? `https://trust.${item.vendor.website!.replace(/^https:\/\//, "")}/docs/${questionKey.replace(/_/g, "-")}` : undefined,
            })),
          },
        })
      ).version;
      if (round.stage === "DRAFT") continue;

      await uploadEvidence({
        actor: owner,
        assessmentId: a.id,
        questionKey: await assuranceQuestionKey(a.id),
        filename: `${item.vendor.name.replace(/\s+/g, "-")}-assurance-summary.txt`,
        bytes: new TextEncoder().encode(`${item.vendor.name}: summary of the independent assurance report provided during the assessment.\nScope: ${a.scope}\n`),
      });
      await submitAssessment({ actor: owner, assessmentId: a.id, version: v });
      v++;
      if (round.stage === "SUBMITTED") {
        await backdate(a.id, vendor.id, round, "submitted");
        continue;
      }
      await startReview({ actor: reviewer, assessmentId: a.id });
      const evidenced = await db.answer.findMany({ where: { assessmentId: a.id, OR: [{ evidenceUrl: { not: null } }, { files: { some: {} } }] }, select: { questionKey: true } });
      for (const e of evidenced.filter((_, n) => n % 2 === 0)) await setEvidenceVerified({ actor: reviewer, assessmentId: a.id, questionKey: e.questionKey, verified: true });
      for (const f of round.findings ?? []) {
        const due = new Date(Date.now() + f.dueInDays * 86_400_000).toISOString().slice(0, 10);
        const finding = await createFinding({ actor: reviewer, assessmentId: a.id, input: { questionKey: f.questionKey, title: f.title, severity: f.severity, ownerId: owner.id, dueDate: due } });
        if (f.status) await updateFinding({ actor: reviewer, findingId: finding.id, input: { status: f.status } });
      }
      if (round.stage === "IN_REVIEW") {
        await backdate(a.id, vendor.id, round, "submitted");
        continue;
      }
      const decision = round.stage === "APPROVED" ? "APPROVE" : round.stage === "REJECTED" ? "REJECT" : "REQUEST_CHANGES";
      // An acceptance is recorded for a future date, then moved to its place in time (the daily job
      // of seed-cadence then expires what has expired).
      const acceptance = round.acceptance && { justification: round.acceptance.justification, expiresOn: new Date(Date.now() + Math.max(1, round.acceptance.expiresInDays) * 86_400_000).toISOString().slice(0, 10) };
      const decided = await decideAssessment({ actor: reviewer, assessmentId: a.id, input: { decision, comment: round.comment ?? "Reviewed.", riskAcceptance: acceptance } });
      if (decided.riskAcceptanceId && round.acceptance!.expiresInDays < 1) {
        const expiresAt = new Date(`${new Date(Date.now() + round.acceptance!.expiresInDays * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);
        await db.riskAcceptance.update({ where: { id: decided.riskAcceptanceId }, data: { expiresAt, createdAt: monthsBefore(round.monthsAgo ?? 0) } });
        await db.finding.updateMany({ where: { acceptanceId: decided.riskAcceptanceId }, data: { acceptedUntil: expiresAt } });
      } else if (decided.riskAcceptanceId) {
        await db.riskAcceptance.update({ where: { id: decided.riskAcceptanceId }, data: { createdAt: monthsBefore(round.monthsAgo ?? 0) } });
      }
      await backdate(a.id, vendor.id, round, "decided");
    }
  }
  // Each vendor was registered a fortnight before its first (backdated) assessment.
  for (const v of await db.vendor.findMany({ select: { id: true, createdAt: true, assessments: { select: { createdAt: true }, orderBy: { createdAt: "asc" }, take: 1 } } })) {
    const first = v.assessments[0]?.createdAt;
    if (first && first < v.createdAt) await db.vendor.update({ where: { id: v.id }, data: { createdAt: new Date(first.getTime() - 14 * 86_400_000) } });
  }
  return { vendors: on === "v1" ? PORTFOLIO.length : 0, assessments };

  /** Moves a finished round's dates into the past, and the vendor's review schedule with it. */
  async function backdate(assessmentId: string, vendorId: string, round: Round, until: "submitted" | "decided") {
    const months = round.monthsAgo ?? 0;
    if (months === 0) return;
    const submittedAt = monthsBefore(months, new Date(Date.now() - 5 * 86_400_000));
    const decidedAt = until === "decided" ? monthsBefore(months) : null;
    await db.assessment.update({
      where: { id: assessmentId },
      data: { createdAt: monthsBefore(months, new Date(Date.now() - 20 * 86_400_000)), submittedAt, ...(decidedAt ? { decidedAt } : {}) },
    });
    const vendor = await db.vendor.findUniqueOrThrow({ where: { id: vendorId } });
    const anchor = decidedAt ?? submittedAt;
    await db.vendor.update({ where: { id: vendorId }, data: { latestAssessmentAt: anchor, ...(decidedAt ? { nextReviewAt: nextReviewDate(anchor, deriveTier(vendor)) } : {}) } });
  }
}
