import { Document, Page, Text, View } from "@react-pdf/renderer";
import { STANDARD_CLAUSES } from "@/lib/assessments/clauses";
import { SHORTFALL_LABELS } from "@/lib/assessments/shortfalls";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { DraftWatermark, Field, Footer, formatDay, Masthead } from "./parts";
import { COLORS, styles } from "./theme";

/** "AI Vendor Security Addendum": standard clauses, then the clauses for what the vendor lacks. */
/** Blanks in [brackets], as for the other values the parties fill in, where the organisation is not set. */
export const CUSTOMER_LEGAL_NAME_BLANK = "[Customer legal name]";
export const CUSTOMER_ADDRESS_BLANK = "[Customer registered address]";
export const GOVERNING_LAW_BLANK = "[governing law]";

export function ExhibitPdf({ r }: { r: AssessmentReport }) {
  let n = 0;
  const org = r.organization;
  const customer = org.legalName ?? CUSTOMER_LEGAL_NAME_BLANK;
  const draft = !r.frozen;
  // In a draft an unanswered knock-out question falls short too, but it has not failed yet.
  const unansweredKnockOuts = new Set(r.view.unansweredKnockOuts);
  return (
    <Document title={`${draft ? "DRAFT " : ""}AI Vendor Security Addendum — ${r.vendor.name}`} author={org.legalName ?? "Vendorscope"} creator="Vendorscope">
      <Page size="A4" style={styles.page}>
        {draft && <DraftWatermark />}
        <Masthead draft={draft} below={16} logo={org.logoPng}>
          Exhibit to the agreement between {customer} (&quot;Customer&quot;) and {r.vendor.name} (&quot;Vendor&quot;)
        </Masthead>
        <Text style={styles.h1}>AI Vendor Security Addendum</Text>
        <Field label="Customer">{`${customer}, ${(org.address ?? CUSTOMER_ADDRESS_BLANK).split("\n").join(", ")}`}</Field>
        {org.contactEmail && <Field label="Customer contact">{org.contactEmail}</Field>}
        <Field label="Vendor">{r.vendor.name}</Field>
        <Field label="Services in scope">{r.scope}</Field>
        <Field label="Based on">{`${r.template}, assessment ${r.id} (${r.frozen ? `submitted ${formatDay(r.submittedAt)}` : "not yet submitted"})`}</Field>
        <Field label="Prepared">{`${formatDay(r.generatedAt)} by ${r.generatedBy}`}</Field>
        {draft && (
          <Text style={{ marginTop: 8, color: COLORS.CRITICAL, fontWeight: 600 }}>
            Draft: made from an assessment that is not submitted yet. Section 2 follows the answers given so far and will change as the questionnaire is
            completed; do not sign this version.
          </Text>
        )}
        <Text style={[styles.small, styles.muted, { marginTop: 8 }]}>
          Bracketed values such as [24] are blanks for the parties to agree. Section 1 applies to every AI vendor; section 2 lists the commitments this
          vendor&apos;s answers showed to be missing or insufficient.
        </Text>

        <Text style={styles.h2}>1. Standard commitments</Text>
        {STANDARD_CLAUSES.map((c) => {
          n++;
          return (
            <View key={c.title} style={{ marginBottom: 8 }} wrap={false}>
              <Text style={{ fontWeight: 600 }}>
                1.{n} {c.title}
              </Text>
              <Text>{c.text}</Text>
            </View>
          );
        })}

        <Text style={styles.h2} break={r.clauses.length > 0}>
          2. Commitments required by the assessment
        </Text>
        {r.clauses.length === 0 ? (
          <Text style={styles.muted}>The vendor met every requirement of the questionnaire that carries a clause: no additional commitments.</Text>
        ) : (
          r.clauses.map((d, di) => (
            <View key={d.key} style={{ marginBottom: 6 }}>
              <Text style={styles.h3} minPresenceAhead={60}>
                2.{di + 1} {d.title}
              </Text>
              {d.clauses.map((c, ci) => (
                <View key={c.questionKey} style={{ marginBottom: 7, paddingLeft: 8, borderLeftWidth: 2, borderColor: c.shortfall === "KNOCK_OUT" ? COLORS.CRITICAL : COLORS.MEDIUM }} wrap={false}>
                  <Text>
                    <Text style={{ fontWeight: 600 }}>
                      2.{di + 1}.{ci + 1}{" "}
                    </Text>
                    {c.clause}
                  </Text>
                  <Text style={[styles.small, styles.muted]}>
                    Reason: {c.shortfall === "KNOCK_OUT" && unansweredKnockOuts.has(c.questionKey) ? "Knock-out question, not answered yet" : SHORTFALL_LABELS[c.shortfall]} — {c.question} ({c.questionKey})
                  </Text>
                </View>
              ))}
            </View>
          ))
        )}

        <Text style={styles.h2}>Governing law</Text>
        <Text>
          This Addendum forms part of the agreement between the parties and is governed by the laws of {org.jurisdiction ?? GOVERNING_LAW_BLANK}, unless the agreement
          provides otherwise.
        </Text>

        <Text style={styles.h2}>Signatures</Text>
        <View style={[styles.row, { marginTop: 20 }]} wrap={false}>
          {[
            { party: "Customer", name: customer },
            { party: "Vendor", name: r.vendor.name },
          ].map(({ party, name }) => (
            <View key={party} style={{ flex: 1, marginRight: 24 }}>
              <Text style={{ borderBottomWidth: 1, borderColor: COLORS.ink, height: 28 }}> </Text>
              <Text style={styles.muted}>
                {party} ({name}): name, title, date
              </Text>
            </View>
          ))}
        </View>
        <Footer title={`AI Vendor Security Addendum: ${r.vendor.name}`} id={r.id} sha256={r.snapshotSha256} draft={draft} />
      </Page>
    </Document>
  );
}
