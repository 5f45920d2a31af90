// A demo answer to a question at a quality level, valid for its type: shared by the demo seed and
// the benchmark's seed, so both portfolios read the same way.
import type { AnswerValue } from "../lib/scoring";

export type AnswerableQuestion = { type: string; options?: { value: string; score: number }[] | null; bands?: { max: number; score: number }[] | null };

export function answerAt(q: AnswerableQuestion, lvl: "good" | "mid" | "poor", rand: () => number): AnswerValue {
  switch (q.type) {
    case "YES_NO":
      return lvl === "poor" ? "NO" : "YES";
    case "YES_PARTIAL_NO":
      return lvl === "good" ? "YES" : lvl === "mid" ? "PARTIAL" : "NO";
    case "MATURITY":
      return lvl === "good" ? 3 + Math.round(rand()) : lvl === "mid" ? 2 : Math.round(rand());
    case "CHOICE": {
      const sorted = [...q.options!].sort((a, b) => b.score - a.score);
      return (lvl === "good" ? sorted[0] : lvl === "mid" ? sorted[Math.floor(sorted.length / 2)] : sorted.at(-1))!.value;
    }
    case "MULTI": {
      const useful = q.options!.filter((o) => o.score > 0);
      const take = lvl === "good" ? useful : lvl === "mid" ? useful.slice(0, Math.max(1, Math.ceil(useful.length / 2))) : [];
      return take.length ? take.map((o) => o.value) : [q.options!.find((o) => o.score === 0)?.value ?? q.options![0]!.value];
    }
    case "NUMBER": {
      const bands = q.bands!;
      const ranked = [...bands].sort((a, b) => b.score - a.score);
      const band = lvl === "good" ? ranked[0]! : lvl === "mid" ? (ranked[1] ?? ranked[0]!) : ranked.at(-1)!;
      // For "lower is better" bands, poor answers fall above every band; otherwise a band is
      // answered at its lower end (90 days, not the open-ended band's upper bound).
      const lowerIsBetter = bands[0]!.score >= bands.at(-1)!.score;
      if (lowerIsBetter) return lvl === "poor" ? Math.round(bands.at(-1)!.max * 2) : Math.round(band.max);
      const at = bands.indexOf(band);
      const below = bands[at - 1]?.max;
      // (A poor availability reads 98.99 %, not 0 %.)
      if (below === undefined) return band.max > 0 ? band.max : (bands.find((b) => b.max > 0)?.max ?? 0);
      return Number.isInteger(below) ? below + 1 : Math.round((below + 0.01) * 100) / 100;
    }
    case "TEXT":
      return lvl === "poor" ? null : "Described in the vendor's security whitepaper (section 4) and confirmed on the call of the week the questionnaire was filled.";
    default:
      return null;
  }
}
