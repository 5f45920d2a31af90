import { Document, Page, Text, View } from "@react-pdf/renderer";
import { SHORTFALL_LABELS } from "@/lib/assessments/shortfalls";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { DraftWatermark, Field, Footer, formatDay, Masthead } from "./parts";
import { COLORS, styles } from "./theme";

const SOURCE_LABELS: Record<string, string> = {
  "vendor.incidentDisclosureHours": "the vendor's contractual disclosure window on record",
  "vendor.name": "the vendor record",
  "vendor.country": "the vendor record",
  "vendor.tier": "the vendor's tier",
  "organization.legalName": "organisation settings",
  "organization.jurisdiction": "organisation settings (jurisdiction)",
};

/**
 * The negotiation memo, for procurement only: for each clause the assessment calls for, why (the
 * answers that fell short), the fallback position and the vendor's current answer; then the values
 * filled from facts and the blanks still to agree.
 */
export function MemoPdf({ r }: { r: AssessmentReport }) {
  const draft = !r.frozen;
  const pending = new Set(r.view.unansweredKnockOuts);
  // Each paragraph a shortfall asks for, numbered as in the exhibit: "3.1" or, within a clause of several paragraphs, "3.1(b)".
  const asked = r.exhibit.sections.flatMap((s) =>
    s.clauses.flatMap((c) =>
      c.paragraphs.flatMap((p, i) => (p.basis.length > 0 ? [{ clause: c, paragraph: p, number: c.paragraphs.length > 1 ? `${c.number}(${String.fromCharCode(97 + i)})` : c.number }] : [])),
    ),
  );
  return (
    <Document title={`Negotiation memo — ${r.vendor.name}`} author="Vendorscope" creator="Vendorscope">
      <Page size="A4" style={styles.page}>
        {draft && <DraftWatermark />}
        <Masthead draft={draft} below={14}>
          INTERNAL — procurement only. Not for the vendor.
        </Masthead>
        <Text style={styles.h1}>Negotiation memo: {r.vendor.name}</Text>
        <Field label="Exhibit">{`${r.library.name} (clause library version ${r.library.version})`}</Field>
        <Field label="Assessment">{`${r.template}, ${r.frozen ? `submitted ${formatDay(r.submittedAt)}` : "not submitted yet"}`}</Field>
        <Field label="Prepared">{`${formatDay(r.generatedAt)} by ${r.generatedBy}`}</Field>

        <Text style={styles.h2}>Clauses the assessment calls for ({asked.length})</Text>
        {asked.length === 0 && <Text style={styles.muted}>No answer fell short of a clause: the exhibit carries the standard clauses only.</Text>}
        {asked.map(({ clause, paragraph, number }, i) => (
          <View key={`${paragraph.clauseKey}-${i}`} style={{ marginBottom: 10, paddingLeft: 8, borderLeftWidth: 2, borderColor: COLORS.MEDIUM }} wrap={false}>
            <Text style={{ fontWeight: 600 }}>
              {number} {clause.title}
              {clause.kind === "replaced" ? " (in place of the standard clause)" : clause.paragraphs[0] !== paragraph ? " (added to the standard clause)" : ""}
            </Text>
            <Text style={[styles.small, { marginTop: 2, lineHeight: 1.35 }]}>{paragraph.text}</Text>
            <Text style={[styles.small, { marginTop: 3, fontWeight: 600 }]}>Why we ask</Text>
            {paragraph.basis.map((b) => (
              <Text key={b.questionKey} style={[styles.small, { lineHeight: 1.35 }]}>
                • {b.question} — vendor&apos;s answer: {b.answer} ({b.shortfall === "KNOCK_OUT" && pending.has(b.questionKey) ? "knock-out question, not answered yet" : SHORTFALL_LABELS[b.shortfall].toLowerCase()})
              </Text>
            ))}
            {paragraph.fallback && (
              <Text style={[styles.small, { marginTop: 3, lineHeight: 1.35 }]}>
                <Text style={{ fontWeight: 600 }}>Fallback: </Text>
                {paragraph.fallback}
              </Text>
            )}
          </View>
        ))}

        <Text style={styles.h2} minPresenceAhead={40}>
          Values in the exhibit
        </Text>
        <View style={styles.table}>
          <View style={styles.tr}>
            <Text style={[styles.th, { flex: 1.2 }]}>Parameter</Text>
            <Text style={[styles.th, { flex: 1 }]}>Value</Text>
            <Text style={[styles.th, { flex: 1.6 }]}>Source</Text>
          </View>
          {r.exhibit.parameters.map((p) => (
            <View key={p.name} style={styles.tr} wrap={false}>
              <Text style={{ flex: 1.2 }}>{p.name.replace(/_/g, " ")}</Text>
              <Text style={{ flex: 1, fontWeight: 600 }}>{p.value}</Text>
              <Text style={[{ flex: 1.6 }, p.filled ? {} : { color: COLORS.MEDIUM }]}>{p.filled && p.from ? `From ${SOURCE_LABELS[p.from] ?? p.from}` : "Proposal in brackets: to agree with the vendor"}</Text>
            </View>
          ))}
        </View>
        <Footer title={`Negotiation memo (internal): ${r.vendor.name}`} id={r.id} sha256={r.snapshotSha256} draft={draft} />
      </Page>
    </Document>
  );
}
