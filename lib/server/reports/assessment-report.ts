import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { formatAnswer } from "@/lib/questionnaire/labels";
import { countryName } from "@/lib/vendors/countries";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { getCycleDiff } from "@/lib/server/assessments/get-cycle-diff";
import { getFrameworkView } from "@/lib/server/assessments/get-framework-view";
import { incidentReportRows, INCIDENT_REPORT_MONTHS } from "@/lib/server/incidents/incident-report";
import { listScorecardFindings } from "@/lib/server/findings/list-scorecard-findings";
import { exceptionsOf, riskFields, riskOf } from "@/lib/server/vendors/vendor-dto";
import { referenceLabel } from "@/lib/templates/catalogue";
import { composeExhibit, type ClauseBasis } from "@/lib/clauses/compose";
import { libraryFor } from "@/lib/server/clauses/load-library";
import { pngSize } from "@/lib/organization/logo-file";
import { readOrganizationProfile } from "@/lib/server/organization/get-organization-profile";
import { readOrganizationLogo } from "@/lib/server/organization/get-organization-logo";

/** Everything the scorecard PDF and the contract exhibit show, gathered once. */
export async function getAssessmentReport({ actor, assessmentId }: { actor: Actor; assessmentId: string }) {
  assertCan(actor, "assessment:read");
  const a = await getAssessment({ actor, assessmentId });
  const vendor = await db.vendor.findUnique({
    where: { id: a.vendor.id },
    select: {
      name: true,
      country: true,
      tier: true,
      website: true,
      incidentDisclosureHours: true,
      latestScore: true,
      latestStatus: true,
      ...riskFields,
      products: { orderBy: { order: "asc" }, select: { name: true, model: true } },
    },
  });
  if (!vendor) throw notFound("Vendor not found.");
  const [incidents, findings, changes, organization, library] = await Promise.all([
    incidentReportRows({ actor, vendorId: a.vendor.id }),
    listScorecardFindings({ actor, assessmentId, vendorId: a.vendor.id }),
    getCycleDiff({ actor, assessment: a }),
    reportOrganization(),
    libraryFor(db, a),
  ]);
  const { frozen } = a;
  // The hash of exactly what was frozen on submit (or of the live score for a draft).
  const hashed = JSON.stringify(frozen ? a.snapshot : a.score);
  // Domain scores as the overall one is shown: frozen, or for a draft on the answers given so far.
  const domains = a.templateVersion.sections.map((s) => {
    const d = a.view.domains.find((x) => x.key === s.key);
    return {
      key: s.key,
      title: s.title,
      weight: s.weight,
      score: d?.score ?? null,
      applicable: d?.applicable ?? 0,
      answered: d?.answered ?? 0,
      questions: s.questions.map((q) => {
        const answer = a.answers[q.key];
        return {
          key: q.key,
          text: q.text,
          critical: q.critical,
          answer: formatAnswer(q, answer?.value),
          comment: answer?.comment ?? null,
          evidence: [...(answer?.evidenceUrl ? [answer.evidenceUrl] : []), ...(answer?.files.map((f) => `File: ${f.filename}`) ?? [])],
          verified: answer?.verified ?? false,
          shortfall: a.shortfalls[q.key] ?? null,
          references: q.references.map((r) => `${r.framework} ${referenceLabel(r, { maxTitleLength: 70 })}`),
        };
      }),
    };
  });
  // The answers that fell short, as the exhibit's clauses and the memo's reasons read them.
  const shortfallBasis: ClauseBasis[] = domains.flatMap((d) => d.questions.flatMap((q) => (q.shortfall ? [{ questionKey: q.key, question: q.text, answer: q.answer, shortfall: q.shortfall }] : [])));
  const exhibit = composeExhibit({
    library: library.content,
    shortfalls: shortfallBasis,
    facts: {
      "vendor.incidentDisclosureHours": vendor.incidentDisclosureHours,
      "vendor.name": vendor.name,
      "vendor.country": countryName(vendor.country),
      "vendor.tier": vendor.tier,
      "organization.legalName": organization.legalName,
      "organization.jurisdiction": organization.jurisdiction,
    },
  });
  return {
    id: a.id,
    status: a.status,
    scope: a.scope,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    decisionComment: a.decisionComment,
    analyst: a.createdBy.name,
    reviewer: a.reviewer?.name ?? null,
    template: `${a.templateVersion.template.name} v${a.templateVersion.number}`,
    vendor: { name: vendor.name, tier: vendor.tier, website: vendor.website, products: vendor.products, country: countryName(vendor.country) },
    /** The vendor's risk rating now (findings and incidents included), with the questionnaire score it rests on */
    risk: riskOf(vendor),
    riskScore: vendor.latestScore,
    exceptions: exceptionsOf(vendor),
    score: a.score,
    view: a.view,
    frozen,
    snapshotSha256: createHash("sha256").update(hashed).digest("hex"),
    domains,
    questionText: Object.fromEntries(domains.flatMap((d) => d.questions.map((q) => [q.key, q.text]))),
    findings: findings.map((f) => ({ title: f.title, severity: f.severity, status: f.status, acceptedUntil: f.acceptedUntil, owner: f.owner?.name ?? null, dueDate: f.dueDate, questionKey: f.questionKey, source: f.source.label })),
    /** The contract exhibit composed from the clause library (pinned on submit), and that library's name and version */
    exhibit,
    /** The exhibit's parties (the organisation's legal name once organisation settings are set) */
    parties: { customer: organization.legalName, customerAddress: organization.address, vendor: vendor.name, vendorCountry: countryName(vendor.country) },
    library: { name: library.content.library.name, version: library.number },
    /** What changed since the vendor's previous cycle (null for a first assessment) */
    changes,
    /** The answers regrouped by framework control */
    frameworks: getFrameworkView({ actor, assessment: a }),
    incidents,
    incidentMonths: INCIDENT_REPORT_MONTHS,
    /** The customer: the organisation running Vendorscope (nulls before it is set: the exhibit shows blanks) */
    organization,
    generatedAt: new Date(),
    generatedBy: actor.name,
  };
}

/**
 * The organisation as the PDFs show it. The logo only when it is a PNG (@react-pdf/renderer draws
 * PNG and JPEG images, not SVG files): an SVG logo is left out of the PDFs.
 */
async function reportOrganization() {
  const org = await readOrganizationProfile();
  const logo = org.logo?.contentType === "image/png" ? await readOrganizationLogo().catch(() => null) : null;
  const size = logo ? pngSize(logo.bytes) : null;
  return {
    configured: org.configured,
    name: org.configured ? org.name : null,
    legalName: org.legalName,
    address: org.address,
    jurisdiction: org.jurisdiction,
    contactEmail: org.contactEmail,
    logoPng: logo && size ? { data: Buffer.from(logo.bytes), width: size.width, height: size.height } : null,
  };
}

export type AssessmentReport = Awaited<ReturnType<typeof getAssessmentReport>>;
