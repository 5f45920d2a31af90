// An assessment regrouped by framework (pure): for every framework control the questionnaire cites,
// whether the vendor's answers meet it, partly meet it or fall short. The page, the scorecard PDF and
// the API read this one function, with the shortfall verdict of lib/assessments/shortfalls.ts.
import { CATALOGUE, findReference, type Reference } from "@/lib/templates/catalogue";
import type { Shortfall } from "./shortfalls";

/** One question's contribution: met, partly met, short, not answered yet, or not applicable (NA, hidden, not scored). */
export type QuestionStanding = "MET" | "PARTLY" | "SHORT" | "UNANSWERED" | "NOT_APPLICABLE";

/** A control's standing across the questions that cite it. */
export type Standing = "MEETS" | "PARTLY_MEETS" | "FALLS_SHORT" | "NOT_ANSWERED" | "NOT_APPLICABLE";

export const STANDING_LABELS: Record<Standing, string> = {
  MEETS: "Meets",
  PARTLY_MEETS: "Partly meets",
  FALLS_SHORT: "Falls short",
  NOT_ANSWERED: "Not answered yet",
  NOT_APPLICABLE: "Not applicable",
};

export const QUESTION_STANDING_LABELS: Record<QuestionStanding, string> = {
  MET: "Met",
  PARTLY: "Partly met",
  SHORT: "Falls short",
  UNANSWERED: "Not answered",
  NOT_APPLICABLE: "Not applicable",
};

export type FrameworkQuestion = { key: string; text: string; domain: string; critical: boolean; references: readonly Reference[] };

/**
 * A question's standing from its shortfall verdict: absent from the verdict (hidden by a condition,
 * answered NA, or a text question) is not applicable; a critical question answered the worst way or
 * a plain NO falls short; a partial answer or one below the best band is partly met. `unanswered`
 * tells an unanswered knock-out (verdict KNOCK_OUT) from a failed one.
 */
export function questionStanding(verdict: Record<string, Shortfall | null>, key: string, unanswered: boolean): QuestionStanding {
  if (!(key in verdict)) return "NOT_APPLICABLE";
  const shortfall = verdict[key];
  if (shortfall === null || shortfall === undefined) return "MET";
  if (unanswered || shortfall === "UNANSWERED") return "UNANSWERED";
  return shortfall === "KNOCK_OUT" || shortfall === "NO" ? "SHORT" : "PARTLY";
}

/**
 * A control's standing: not applicable when no citing question applies; not answered while none
 * that applies is answered; falls short when every answered one falls short or any knock-out
 * failed; meets only when every applicable question is answered and met; partly meets otherwise.
 */
export function controlStanding(questions: readonly { standing: QuestionStanding; critical: boolean }[]): Standing {
  const applicable = questions.filter((q) => q.standing !== "NOT_APPLICABLE");
  if (applicable.length === 0) return "NOT_APPLICABLE";
  const answered = applicable.filter((q) => q.standing !== "UNANSWERED");
  if (answered.length === 0) return "NOT_ANSWERED";
  if (answered.every((q) => q.standing === "SHORT") || answered.some((q) => q.critical && q.standing === "SHORT")) return "FALLS_SHORT";
  return applicable.every((q) => q.standing === "MET") ? "MEETS" : "PARTLY_MEETS";
}

export type FrameworkControl = {
  id: string;
  title: string;
  parent: string | null;
  standing: Standing;
  questions: { key: string; text: string; domain: string; standing: QuestionStanding }[];
};

export type FrameworkView = {
  framework: string;
  source: { publication: string; version: string } | null;
  counts: Record<Standing, number>;
  controls: FrameworkControl[];
}[];

const emptyCounts = (): Record<Standing, number> => ({ MEETS: 0, PARTLY_MEETS: 0, FALLS_SHORT: 0, NOT_ANSWERED: 0, NOT_APPLICABLE: 0 });

/**
 * Every cited control, grouped by framework in the catalogue's order and, within one, in the
 * catalogue file's order (references outside the catalogue last, by id), each with the questions
 * that cite it in questionnaire order.
 */
export function frameworkView(questions: readonly FrameworkQuestion[], verdict: Record<string, Shortfall | null>, unanswered: ReadonlySet<string>): FrameworkView {
  const grouped = new Map<string, Map<string, FrameworkControl["questions"]>>();
  const critical = new Map(questions.map((q) => [q.key, q.critical]));
  for (const q of questions) {
    const standing = questionStanding(verdict, q.key, unanswered.has(q.key));
    for (const r of q.references) {
      const controls = grouped.get(r.framework) ?? new Map<string, FrameworkControl["questions"]>();
      grouped.set(r.framework, controls);
      const cited = controls.get(r.ref) ?? [];
      controls.set(r.ref, cited);
      if (!cited.some((c) => c.key === q.key)) cited.push({ key: q.key, text: q.text, domain: q.domain, standing });
    }
  }
  const order = CATALOGUE.map((f) => f.framework);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...grouped.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([framework, controls]) => {
      const file = CATALOGUE.find((f) => f.framework === framework);
      const position = new Map(file?.entries.map((e, i) => [e.id, i]) ?? []);
      const at = (id: string) => position.get(id) ?? Number.MAX_SAFE_INTEGER;
      const list = [...controls.entries()]
        .sort(([a], [b]) => at(a) - at(b) || a.localeCompare(b))
        .map(([id, cited]): FrameworkControl => {
          const entry = findReference(framework, id);
          return {
            id,
            title: entry?.title ?? id,
            parent: entry?.parent ?? null,
            standing: controlStanding(cited.map((c) => ({ standing: c.standing, critical: critical.get(c.key) ?? false }))),
            questions: cited,
          };
        });
      const counts = emptyCounts();
      for (const c of list) counts[c.standing]++;
      return { framework, source: file ? { publication: file.source.publication, version: file.source.version } : null, counts, controls: list };
    });
}
