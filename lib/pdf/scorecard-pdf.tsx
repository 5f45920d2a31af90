import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { STATUS_LABELS } from "@/lib/assessments/workflow";
import { barColour, Field, Footer, formatDay, RatingTag } from "./parts";
import { COLORS, styles } from "./theme";

const SEVERITY_ORDER = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 } as const;

export function ScorecardPdf({ r }: { r: AssessmentReport }) {
  const footer = <Footer title={`Vendorscope scorecard: ${r.vendor.name}`} id={r.id} sha256={r.snapshotSha256} />;
  return (
    <Document title={`Scorecard — ${r.vendor.name}`} author="Vendorscope" subject={r.template} creator="Vendorscope">
      <Page size="A4" style={styles.page}>
        <Text style={[styles.muted, { marginBottom: 40 }]}>Vendorscope · AI vendor risk assessment</Text>
        <Text style={styles.h1}>{r.vendor.name}</Text>
        <Text style={{ fontSize: 12, lineHeight: 1.3, marginBottom: 24 }}>AI vendor risk scorecard</Text>
        <View style={[styles.row, { alignItems: "center", marginBottom: 24 }]}>
          <Text style={{ fontSize: 36, lineHeight: 1.2, fontWeight: 700, marginRight: 14 }}>{r.score.overall === null ? "—" : r.score.overall.toFixed(1)}</Text>
          <RatingTag rating={r.score.rating} />
        </View>
        <Field label="Status">{STATUS_LABELS[r.status]}</Field>
        <Field label="Questionnaire">{r.template}</Field>
        <Field label="Scope">{r.scope}</Field>
        <Field label="Products and models">{r.vendor.products.map((p) => `${p.name} (${p.model})`).join("; ")}</Field>
        <Field label="Headquarters">{r.vendor.country}</Field>
        <Field label="Inherent-risk tier">{`Tier ${r.vendor.tier}`}</Field>
        <Field label="Analyst">{r.analyst}</Field>
        <Field label="Reviewer">{r.reviewer ?? "—"}</Field>
        <Field label="Started">{formatDay(r.createdAt)}</Field>
        <Field label="Submitted">{formatDay(r.submittedAt)}</Field>
        <Field label="Decided">{formatDay(r.decidedAt)}</Field>
        <Field label="Generated">{`${formatDay(r.generatedAt)} by ${r.generatedBy}`}</Field>
        <Text style={[styles.small, styles.muted, { marginTop: 24 }]}>
          {r.frozen
            ? "The score is the snapshot frozen when the assessment was submitted; its SHA-256 is printed on every page."
            : "This assessment is not submitted: the score is live and may still change."}
        </Text>
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h2}>Executive summary</Text>
        <Text>
          {r.vendor.name} scores {r.score.overall === null ? "no score yet" : `${r.score.overall.toFixed(1)} out of 100`} on {r.template}, rated {r.score.rating ? r.score.rating.toLowerCase() : "not rated"} risk, with{" "}
          {r.score.criticalFailures.length} knock-out failure{r.score.criticalFailures.length === 1 ? "" : "s"} and {Math.round(r.score.completion * 100)}% of applicable questions answered.
        </Text>

        <Text style={styles.h3}>Knock-out failures</Text>
        {r.score.criticalFailures.length === 0 ? (
          <Text style={styles.muted}>None.</Text>
        ) : (
          r.score.criticalFailures.map((key) => (
            <Text key={key} style={{ color: COLORS.CRITICAL, marginBottom: 2 }}>
              • {r.questionText[key] ?? key}
            </Text>
          ))
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
              <Text style={{ width: 46, textAlign: "right", fontWeight: 600 }}>{d.score === null ? "n/a" : d.score.toFixed(1)}</Text>
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

        <Text style={styles.h2}>Findings</Text>
        {r.findings.length === 0 ? (
          <Text style={styles.muted}>No findings raised.</Text>
        ) : (
          <View style={styles.table}>
            <View style={styles.tr}>
              <Text style={[styles.th, { flex: 4 }]}>Finding</Text>
              <Text style={[styles.th, { width: 60 }]}>Severity</Text>
              <Text style={[styles.th, { width: 70 }]}>Status</Text>
              <Text style={[styles.th, { width: 90 }]}>Owner</Text>
              <Text style={[styles.th, { width: 80 }]}>Due</Text>
            </View>
            {[...r.findings]
              .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
              .map((f, i) => (
                <View key={i} style={styles.tr} wrap={false}>
                  <Text style={{ flex: 4 }}>{f.title}</Text>
                  <Text style={{ width: 60, color: COLORS[f.severity], fontWeight: 600 }}>{f.severity}</Text>
                  <Text style={{ width: 70 }}>{f.status.replace("_", " ").toLowerCase()}</Text>
                  <Text style={{ width: 90 }}>{f.owner ?? "Unassigned"}</Text>
                  <Text style={{ width: 80 }}>{formatDay(f.dueDate)}</Text>
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
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h2}>Appendix: answers and evidence</Text>
        {r.domains.map((d, di) => (
          <View key={d.key}>
            <Text style={styles.h3} minPresenceAhead={40}>
              {di + 1}. {d.title} — {d.score === null ? "n/a" : d.score.toFixed(1)}
            </Text>
            {d.questions.map((q) => (
              <View key={q.key} style={{ marginBottom: 6, paddingLeft: 8, borderLeftWidth: 2, borderColor: q.shortfall ? (q.shortfall === "KNOCK_OUT" ? COLORS.CRITICAL : COLORS.MEDIUM) : COLORS.line }} wrap={false}>
                <Text style={{ fontWeight: 600 }}>
                  {q.text}
                  {q.critical ? "  [knock-out]" : ""}
                </Text>
                <Text>
                  Answer: {q.answer}
                  <Text style={styles.muted}>  ({q.key})</Text>
                </Text>
                {q.comment && <Text style={[styles.muted, { fontStyle: "italic" }]}>Comment: {q.comment}</Text>}
                {q.evidence.length > 0 && (
                  <Text style={styles.small}>
                    Evidence ({q.verified ? "verified by the reviewer" : "claimed, not verified"}): {q.evidence.join(" · ")}
                  </Text>
                )}
              </View>
            ))}
          </View>
        ))}
        {footer}
      </Page>
    </Document>
  );
}
