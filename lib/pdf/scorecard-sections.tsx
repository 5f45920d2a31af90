// Two sections of the scorecard PDF: what changed since the last cycle, and the framework view.
import { Text, View } from "@react-pdf/renderer";
import { STANDING_LABELS, type Standing } from "@/lib/assessments/framework-view";
import type { AssessmentReport } from "@/lib/server/reports/assessment-report";
import { formatDate } from "@/lib/format";
import { formatDay } from "./parts";
import { COLORS, styles } from "./theme";

const score = (s: number | null) => (s === null ? "—" : s.toFixed(1));
const KIND = { changed: "", new: " (new question)", removed: " (no longer asked)" } as const;
const STANDING_COLOUR: Record<Standing, string> = { MEETS: COLORS.LOW, PARTLY_MEETS: COLORS.MEDIUM, FALLS_SHORT: COLORS.CRITICAL, NOT_ANSWERED: COLORS.muted, NOT_APPLICABLE: COLORS.muted };
const FRAMEWORK_LEGEND =
  "Every framework control the questionnaire cites. Meets: every applicable question citing it is answered with full credit. Falls short: every answered one falls short, or a knock-out behind it failed. Partly meets otherwise. Questions answered N/A or not asked do not count.";
const ORDER: Standing[] = ["FALLS_SHORT", "PARTLY_MEETS", "MEETS", "NOT_ANSWERED", "NOT_APPLICABLE"];

/** Domain scores then and now, and every answer that differs (old → new, who, when). */
export function CycleChangesSection({ changes }: { changes: NonNullable<AssessmentReport["changes"]> }) {
  const titles = new Map(changes.domains.map((d) => [d.key, d.title]));
  return (
    <View>
      <Text style={styles.h2} minPresenceAhead={60}>
        What changed since the last cycle
      </Text>
      <Text style={{ marginBottom: 6 }}>
        Compared with the previous assessment{changes.previous.submittedAt ? ` submitted ${formatDate(changes.previous.submittedAt)}` : ""} (questionnaire v{changes.previous.templateVersion}):{" "}
        {changes.answers.length} answer{changes.answers.length === 1 ? "" : "s"} differ.
      </Text>
      <View style={styles.table}>
        <View style={styles.tr}>
          <Text style={[styles.th, { flex: 1 }]}>Domain</Text>
          <Text style={[styles.th, { width: 44, textAlign: "right" }]}>Then</Text>
          <Text style={[styles.th, { width: 44, textAlign: "right" }]}>Now</Text>
          <Text style={[styles.th, { width: 50, textAlign: "right" }]}>Change</Text>
        </View>
        {changes.domains.map((d) => (
          <View key={d.key} style={styles.tr} wrap={false}>
            <Text style={{ flex: 1 }}>{d.title}</Text>
            <Text style={{ width: 44, textAlign: "right" }}>{score(d.before)}</Text>
            <Text style={{ width: 44, textAlign: "right", fontWeight: 600 }}>{score(d.after)}</Text>
            <Text style={{ width: 50, textAlign: "right", color: d.change === null || d.change === 0 ? COLORS.muted : d.change > 0 ? COLORS.LOW : COLORS.CRITICAL }}>
              {d.change === null ? "—" : `${d.change > 0 ? "+" : ""}${d.change.toFixed(1)}`}
            </Text>
          </View>
        ))}
      </View>
      {changes.answers.length > 0 && (
        <View style={[styles.table, { marginTop: 8 }]}>
          <View style={styles.tr}>
            <Text style={[styles.th, { flex: 2.4 }]}>Question</Text>
            <Text style={[styles.th, { flex: 1.2, paddingLeft: 6 }]}>Then</Text>
            <Text style={[styles.th, { flex: 1.2, paddingLeft: 6 }]}>Now</Text>
            <Text style={[styles.th, { width: 84, paddingLeft: 6 }]}>By, when</Text>
          </View>
          {changes.answers.map((a) => (
            <View key={`${a.kind}-${a.questionKey}`} style={styles.tr} wrap={false}>
              <View style={{ flex: 2.4 }}>
                <Text>{a.text}</Text>
                <Text style={[styles.small, styles.muted]}>
                  {titles.get(a.domain) ?? a.domain}
                  {KIND[a.kind]}
                </Text>
              </View>
              <Text style={{ flex: 1.2, paddingLeft: 6 }}>{a.before}</Text>
              <Text style={{ flex: 1.2, paddingLeft: 6, fontWeight: 600 }}>{a.after}</Text>
              <Text style={[styles.small, { width: 84, paddingLeft: 6 }]}>{a.by ? `${a.by}, ${formatDay(a.at)}` : "—"}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

/** Per framework, each cited control with its standing and how many of the questions citing it are met. */
export function FrameworkSection({ frameworks }: { frameworks: AssessmentReport["frameworks"] }) {
  return (
    <View>
      <Text style={styles.h2}>Framework view</Text>
      <Text style={[styles.small, styles.muted, { marginBottom: 4, lineHeight: 1.35 }]}>{FRAMEWORK_LEGEND}</Text>
      {frameworks.map((f) => (
        <View key={f.framework}>
          <Text style={styles.h3} minPresenceAhead={40}>
            {f.framework}
            <Text style={[styles.small, styles.muted, { fontWeight: 400 }]}>
              {"  "}
              {f.source ? `${f.source.publication}, ${f.source.version}` : "not in the catalogue"} ·{" "}
              {ORDER.filter((s) => f.counts[s] > 0)
                .map((s) => `${f.counts[s]} ${STANDING_LABELS[s].toLowerCase()}`)
                .join(", ")}
            </Text>
          </Text>
          <View style={styles.table}>
            {f.controls.map((c) => {
              const met = c.questions.filter((q) => q.standing === "MET").length;
              const applicable = c.questions.filter((q) => q.standing !== "NOT_APPLICABLE").length;
              return (
                <View key={c.id} style={styles.tr} wrap={false}>
                  <Text style={{ flex: 1 }}>
                    <Text style={{ fontWeight: 600 }}>{c.id}</Text> — {c.title.length > 110 ? `${c.title.slice(0, 108).replace(/\s+\S*$/, "")}…` : c.title}
                  </Text>
                  <Text style={{ width: 72, paddingLeft: 6, color: STANDING_COLOUR[c.standing], fontWeight: 600 }}>{STANDING_LABELS[c.standing]}</Text>
                  <Text style={[styles.small, styles.muted, { width: 88, paddingLeft: 6 }]}>
                    {applicable === 0 ? "no question applies" : `${met} of ${applicable} question${applicable === 1 ? "" : "s"} met`}
                  </Text>
                </View>
              );
            })}
          </View>
        </View>
      ))}
    </View>
  );
}
