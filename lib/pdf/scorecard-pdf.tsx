import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { SHORTFALL_LABELS } from "@/lib/assessments/shortfalls";
import { STATUS_LABELS } from "@/lib/assessments/workflow";
import { formatDate } from "@/lib/format";
import { knockOutSummary, provisionalLabel } from "@/lib/scoring/provisional";
import { raisingFloors, riskDiffers, riskSummary } from "@/lib/scoring/risk-summary";
import { LEVEL_WORDS } from "@/lib/scoring/vendor-rating";
import { barColour, DraftWatermark, Field, Footer, formatDay, Masthead, RatingTag } from "./parts";
import { exceptionsText } from "@/lib/scoring/risk-summary";
import { findingStatusText } from "./text";
import { CycleChangesSection, FrameworkSection } from "./scorecard-sections";
import { COLORS, RATING_LABELS, styles } from "./theme";

const SEVERITY_ORDER = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

type Domain = AssessmentReport["domains"][number];

/** The headline: the vendor risk rating now, and when it differs from the questionnaire's, both and why. */
function VendorRiskBlock({ r }: { r: AssessmentReport }) {
  const level = r.risk.rating;
  const raising = riskDiffers(r.risk) ? raisingFloors(r.risk) : [];
  const exceptions = exceptionsText(r.exceptions);
  return (
    <View style={{ borderLeftWidth: 4, borderColor: level ? COLORS[level] : COLORS.muted, backgroundColor: COLORS.tint[level ?? "none"], paddingVertical: 10, paddingHorizontal: 12, marginBottom: 16 }} wrap={false}>
      <Text style={styles.kicker}>VENDOR RISK RATING ON {formatDate(r.generatedAt).toUpperCase()}</Text>
      {level ? (
        <>
          <Text style={{ fontSize: 28, lineHeight: 1.2, fontWeight: 700, color: COLORS[level] }}>{RATING_LABELS[level]}</Text>
          <Text style={{ fontSize: 10, lineHeight: 1.35, marginTop: 2 }}>{riskSummary(r.risk, r.riskScore)}</Text>
        </>
      ) : (
        <Text style={{ fontSize: 13, lineHeight: 1.35, fontWeight: 600, color: COLORS.muted }}>{riskSummary(r.risk, r.riskScore)}</Text>
      )}
      {raising.length > 0 && (
        <View style={{ marginTop: 6 }}>
          <Text style={{ fontWeight: 600, marginBottom: 1 }}>Raised above the questionnaire rating by:</Text>
          {raising.map((f) => (
            <Text key={`${f.source.kind}-${f.source.id}`} style={{ marginBottom: 1 }}>
              • {f.reason}: <Text style={{ color: COLORS[f.level], fontWeight: 600 }}>at least {LEVEL_WORDS[f.level]}</Text>
            </Text>
          ))}
        </View>
      )}
      {exceptions && <Text style={{ marginTop: 6, fontWeight: 600, color: r.exceptions?.expired ? COLORS.CRITICAL : COLORS.MEDIUM }}>{exceptions}</Text>}
      <Text style={[styles.small, styles.muted, { marginTop: 6, lineHeight: 1.3 }]}>
        The vendor&apos;s rating today: the rating of its latest submitted questionnaire, raised by its active findings and its incidents of the last 12 months.
        {r.frozen ? "" : " This draft does not count towards it until it is submitted."}
      </Text>
    </View>
  );
}

/** This assessment's questionnaire score: frozen, or for a draft provisional with "N of M answered". */
function QuestionnaireBlock({ r }: { r: AssessmentReport }) {
  const { view } = r;
  const provisional = provisionalLabel(view);
  return (
    <View style={{ marginBottom: 18 }} wrap={false}>
      <Text style={styles.kicker}>QUESTIONNAIRE SCORE OF THIS ASSESSMENT</Text>
      {provisional && <Text style={{ color: COLORS.MEDIUM, fontWeight: 600, marginBottom: 1 }}>{provisional}</Text>}
      <View style={[styles.row, { alignItems: "center" }]}>
        <Text style={{ fontSize: 30, lineHeight: 1.2, fontWeight: 700, marginRight: 12 }}>{view.overall === null ? "—" : view.overall.toFixed(1)}</Text>
        <RatingTag rating={view.rating} none="Not rated yet" />
      </View>
      <Text>Knock-out questions: {knockOutSummary(view)}</Text>
    </View>
  );
}

/** The executive summary's first sentence: the questionnaire result (for a draft, provisional). */
function summarySentence(r: AssessmentReport): string {
  const { view } = r;
  const name = r.vendor.name;
  if (view.provisional) {
    const score = view.overall === null ? "has no provisional score yet" : `scores ${view.overall.toFixed(1)} out of 100 so far`;
    const rated = view.rating ? `provisionally rated ${view.rating.toLowerCase()} risk on the answers given` : "not rated yet";
    return `${name} ${score} on ${r.template} (${provisionalLabel(view)?.toLowerCase()}), ${rated}; knock-out questions: ${knockOutSummary(view)}.`;
  }
  const score = view.overall === null ? "no score" : `${view.overall.toFixed(1)} out of 100`;
  const failures = view.failedKnockOuts.length;
  const share = view.applicable === 0 ? 100 : Math.round((view.answered / view.applicable) * 100);
  return `${name} scores ${score} on ${r.template}, rated ${view.rating ? view.rating.toLowerCase() : "not rated"} risk, with ${failures} knock-out failure${failures === 1 ? "" : "s"} and ${share}% of applicable questions answered.`;
}

export function ScorecardPdf({ r }: { r: AssessmentReport }) {
  const draft = !r.frozen;
  const { view } = r;
  const footer = <Footer title={`Vendorscope scorecard: ${r.vendor.name}`} id={r.id} sha256={r.snapshotSha256} draft={draft} />;
  const watermark = draft && <DraftWatermark />;
  const unansweredKnockOuts = new Set(view.unansweredKnockOuts);
  // A draft's domain with applicable questions but none answered yet has no provisional score.
  const unscored = (d: Domain) => d.score === null && draft && d.applicable > 0;
  const domainScore = (d: Domain) => (d.score !== null ? d.score.toFixed(1) : unscored(d) ? "not answered yet" : "n/a");
  const mark = (q: Domain["questions"][number]) =>
    q.shortfall === null
      ? null
      : q.shortfall === "KNOCK_OUT" && unansweredKnockOuts.has(q.key)
        ? { label: "Knock-out question, not answered yet", colour: COLORS.MEDIUM }
        : { label: SHORTFALL_LABELS[q.shortfall], colour: q.shortfall === "KNOCK_OUT" ? COLORS.CRITICAL : COLORS.MEDIUM };
  return (
    <Document title={`${draft ? "DRAFT " : ""}Scorecard — ${r.vendor.name}`} author="Vendorscope" subject={r.template} creator="Vendorscope">
      <Page size="A4" style={styles.page}>
        {watermark}
        <Masthead draft={draft} below={28} logo={r.organization.logoPng}>
          {r.organization.legalName ? `${r.organization.legalName} · AI vendor risk assessment (Vendorscope)` : "Vendorscope · AI vendor risk assessment"}
        </Masthead>
        <Text style={styles.h1}>{r.vendor.name}</Text>
        <Text style={{ fontSize: 12, lineHeight: 1.3, marginBottom: 18 }}>AI vendor risk scorecard</Text>
        <VendorRiskBlock r={r} />
        <QuestionnaireBlock r={r} />
        <Field label="Status">{STATUS_LABELS[r.status]}</Field>
        <Field label="Questionnaire">{r.template}</Field>
        <Field label="Scope">{r.scope}</Field>
        <Field label="Products and models">{r.vendor.products.map((p) => `${p.name} (${p.model})`).join("; ")}</Field>
        <Field label="Headquarters">{r.vendor.country}</Field>
        <Field label="Inherent-risk tier">{`Tier ${r.vendor.tier}`}</Field>
        {r.organization.legalName && <Field label="Assessed by">{r.organization.legalName}</Field>}
        <Field label="Analyst">{r.analyst}</Field>
        <Field label="Reviewer">{r.reviewer ?? "—"}</Field>
        <Field label="Started">{formatDay(r.createdAt)}</Field>
        <Field label="Submitted">{formatDay(r.submittedAt)}</Field>
        <Field label="Decided">{formatDay(r.decidedAt)}</Field>
        <Field label="Generated">{`${formatDay(r.generatedAt)} by ${r.generatedBy}`}</Field>
        <Text style={[styles.small, styles.muted, { marginTop: 18, lineHeight: 1.3 }]}>
          {r.frozen
            ? "The score is the snapshot frozen when the assessment was submitted; its SHA-256 is printed on every page."
            : "This assessment is not submitted: the score counts only the questions answered so far and may still change. It is not a verdict."}
        </Text>
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        {watermark}
        <Text style={styles.h2}>Executive summary</Text>
        <Text>{summarySentence(r)}</Text>
        <Text style={{ marginTop: 3 }}>{riskSummary(r.risk, r.riskScore)}.</Text>

        <Text style={styles.h3}>Knock-out failures</Text>
        {view.failedKnockOuts.length === 0 ? (
          <Text style={styles.muted}>{draft ? "None so far." : "None."}</Text>
        ) : (
          view.failedKnockOuts.map((key) => (
            <Text key={key} style={{ color: COLORS.CRITICAL, marginBottom: 2 }}>
              • {r.questionText[key] ?? key}
            </Text>
          ))
        )}
        {view.unansweredKnockOuts.length > 0 && (
          <>
            <Text style={styles.h3}>Knock-out questions not answered yet</Text>
            {view.unansweredKnockOuts.map((key) => (
              <Text key={key} style={{ color: COLORS.MEDIUM, marginBottom: 2 }}>
                • {r.questionText[key] ?? key}
              </Text>
            ))}
          </>
        )}

        <Text style={styles.h3}>Domain scores</Text>
        <View style={styles.table}>
          <View style={styles.tr}>
            <Text style={[styles.th, { flex: 3 }]}>Domain</Text>
            <Text style={[styles.th, { width: 40, textAlign: "right" }]}>Weight</Text>
            <Text style={[styles.th, { width: 46, textAlign: "right" }]}>Score</Text>
            <Text style={[styles.th, { flex: 2.2, paddingLeft: 10 }]}> </Text>
            <Text style={[styles.th, { width: 56, textAlign: "right" }]}>Answered</Text>
          </View>
          {r.domains.map((d) => (
            <View key={d.key} style={[styles.tr, { alignItems: "center" }]} wrap={false}>
              <Text style={{ flex: 3 }}>{d.title}</Text>
              <Text style={{ width: 40, textAlign: "right" }}>{d.weight}</Text>
              <Text style={{ width: 46, textAlign: "right", fontWeight: 600 }}>{unscored(d) ? "—" : domainScore(d)}</Text>
              <View style={{ flex: 2.2, paddingLeft: 10 }}>
                <View style={{ height: 7, backgroundColor: COLORS.line, borderRadius: 2 }}>
                  <View style={{ height: 7, width: `${d.score ?? 0}%`, backgroundColor: barColour(d.score ?? 0), borderRadius: 2 }} />
                </View>
              </View>
              <Text style={{ width: 56, textAlign: "right" }}>
                {d.answered}/{d.applicable}
              </Text>
            </View>
          ))}
        </View>
        {draft && (
          <Text style={[styles.small, styles.muted, { marginTop: 4, lineHeight: 1.3 }]}>
            Provisional: each domain is scored on the questions answered so far (see Answered); — where none is answered yet.
          </Text>
        )}

        <Text style={styles.h2}>Findings</Text>
        {r.findings.length === 0 ? (
          <Text style={styles.muted}>No findings raised.</Text>
        ) : (
          <View style={styles.table}>
            <View style={styles.tr}>
              <Text style={[styles.th, { flex: 1 }]}>Finding</Text>
              <Text style={[styles.th, { width: 90, paddingLeft: 6 }]}>Source</Text>
              <Text style={[styles.th, { width: 50, paddingLeft: 6 }]}>Severity</Text>
              <Text style={[styles.th, { width: 70, paddingLeft: 6 }]}>Status</Text>
              <Text style={[styles.th, { width: 76, paddingLeft: 6 }]}>Owner, due</Text>
            </View>
            {[...r.findings]
              .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
              .map((f, i) => (
                <View key={i} style={styles.tr} wrap={false}>
                  <Text style={{ flex: 1 }}>{f.title}</Text>
                  <Text style={{ width: 90, paddingLeft: 6 }}>{f.source}</Text>
                  <Text style={{ width: 50, paddingLeft: 6, color: COLORS[f.severity], fontWeight: 600 }}>{f.severity}</Text>
                  <Text style={{ width: 70, paddingLeft: 6 }}>{findingStatusText(f, r.generatedAt)}</Text>
                  <View style={{ width: 76, paddingLeft: 6 }}>
                    <Text>{f.owner ?? "Unassigned"}</Text>
                    <Text style={[styles.small, styles.muted]}>{f.dueDate ? `due ${formatDay(f.dueDate)}` : "no due date"}</Text>
                  </View>
                </View>
              ))}
          </View>
        )}

        <Text style={styles.h2} minPresenceAhead={40}>
          Vendor incidents (last {r.incidentMonths} months)
        </Text>
        {r.incidents.length === 0 ? (
          <Text style={styles.muted}>No incident recorded in the last {r.incidentMonths} months.</Text>
        ) : (
          <View style={styles.table}>
            <View style={styles.tr}>
              <Text style={[styles.th, { width: 74 }]}>Date</Text>
              <Text style={[styles.th, { flex: 3 }]}>Incident</Text>
              <Text style={[styles.th, { width: 54 }]}>Severity</Text>
              <Text style={[styles.th, { flex: 2.4 }]}>Disclosure</Text>
            </View>
            {r.incidents.map((i) => (
              <View key={i.id} style={styles.tr} wrap={false}>
                <Text style={{ width: 74 }}>{formatDay(i.occurredAt)}</Text>
                <View style={{ flex: 3 }}>
                  <Text style={{ fontWeight: 600 }}>{i.title}</Text>
                  <Text style={styles.muted}>{i.type}</Text>
                  {i.remedies.map((line, n) => (
                    <Text key={n} style={styles.small}>
                      {line}
                    </Text>
                  ))}
                </View>
                <Text style={{ width: 54, color: COLORS[i.severity], fontWeight: 600 }}>{i.severity}</Text>
                <View style={{ flex: 2.4 }}>
                  <Text style={i.status === "ON_TIME" ? {} : { color: COLORS.CRITICAL, fontWeight: 600 }}>{i.flag}</Text>
                  {i.finding && <Text style={styles.small}>Finding: {i.finding.title} ({i.finding.status.replace("_", " ").toLowerCase()})</Text>}
                </View>
              </View>
            ))}
          </View>
        )}

        <Text style={styles.h2}>Reviewer decision</Text>
        {r.decidedAt ? (
          <View>
            <Text style={{ fontWeight: 600 }}>
              {STATUS_LABELS[r.status]} by {r.reviewer ?? "—"} on {formatDay(r.decidedAt)}
            </Text>
            <Text style={{ marginTop: 3 }}>{r.decisionComment}</Text>
          </View>
        ) : (
          <Text style={styles.muted}>No decision yet ({STATUS_LABELS[r.status].toLowerCase()}).</Text>
        )}
        {r.changes && <CycleChangesSection changes={r.changes} />}
        {footer}
      </Page>

      {r.frameworks.length > 0 && (
        <Page size="A4" style={styles.page}>
          {watermark}
          <FrameworkSection frameworks={r.frameworks} />
          {footer}
        </Page>
      )}

      <Page size="A4" style={styles.page}>
        {watermark}
        <Text style={styles.h2}>Appendix: answers and evidence</Text>
        {r.domains.map((d, di) => (
          <View key={d.key}>
            <Text style={styles.h3} minPresenceAhead={40}>
              {di + 1}. {d.title} — {domainScore(d)}
            </Text>
            {d.questions.map((q) => {
              const m = mark(q);
              return (
                <View key={q.key} style={{ marginBottom: 6, paddingLeft: 8, borderLeftWidth: 2, borderColor: m ? m.colour : COLORS.line }} wrap={false}>
                  <Text style={{ fontWeight: 600 }}>
                    {q.text}
                    {q.critical ? "  [knock-out]" : ""}
                  </Text>
                  <Text>
                    Answer: {q.answer}
                    <Text style={styles.muted}>  ({q.key})</Text>
                  </Text>
                  {m && <Text style={[styles.small, { color: m.colour, fontWeight: 600 }]}>{m.label}</Text>}
                  {q.comment && <Text style={[styles.muted, { fontStyle: "italic" }]}>Comment: {q.comment}</Text>}
                  {q.evidence.length > 0 && (
                    <Text style={styles.small}>
                      Evidence ({q.verified ? "verified by the reviewer" : "claimed, not verified"}): {q.evidence.join(" · ")}
                    </Text>
                  )}
                  {q.references.length > 0 && <Text style={[styles.small, styles.muted]}>References: {q.references.join(" · ")}</Text>}
                </View>
              );
            })}
          </View>
        ))}
        {footer}
      </Page>
    </Document>
  );
}
