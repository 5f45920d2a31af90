// Contract exhibit clause selection (pure): for each domain, the recommended clauses of the
// questions whose answers fell short, and the standard clauses every AI contract should carry.
import type { AnswerValue, ScoringQuestion } from "@/lib/scoring/types";
import { shortfalls, type Shortfall } from "./shortfalls";

export type ClauseQuestion = ScoringQuestion & { text: string; clause?: string | null };
export type ClauseDomain = { key: string; title: string; weight: number; questions: ClauseQuestion[] };

export type SelectedClause = { questionKey: string; question: string; shortfall: Shortfall; clause: string };

/** Per domain (template order), the clauses of the questions that fell short. Domains with none are left out. */
export function selectClauses(domains: ClauseDomain[], answers: Record<string, AnswerValue>) {
  const verdict = shortfalls({ domains }, answers);
  return domains
    .map((d) => ({
      key: d.key,
      title: d.title,
      clauses: d.questions.flatMap((q): SelectedClause[] => {
        const shortfall = verdict.get(q.key);
        if (!q.clause) return [];
        return shortfall ? [{ questionKey: q.key, question: q.text, shortfall, clause: q.clause }] : [];
      }),
    }))
    .filter((d) => d.clauses.length > 0);
}

/** Clauses every AI vendor contract should carry, whatever the answers ([brackets] are blanks to fill). */
export const STANDARD_CLAUSES: { title: string; text: string }[] = [
  {
    title: "No distillation or competitive training",
    text: "Vendor shall prohibit, in its terms of service and its contracts with other customers, the use of the Services or their outputs to train, distil or improve a competing model, shall monitor for such use, and shall suspend accounts engaged in it within [48] hours of confirmation. Vendor shall not use Customer Data, prompts or outputs to train or improve any model without Customer's prior written consent.",
  },
  {
    title: "Rate limiting and abuse detection",
    text: "Vendor shall enforce rate limits and usage quotas per account and in aggregate per organisation, tied to the verification level of the account, and shall operate detection of large-scale extraction, coordinated accounts and proxy traffic. Vendor shall describe these controls to Customer on request and notify Customer of any material weakening of them at least [30] days in advance.",
  },
  {
    title: "Incident notification",
    text: "Vendor shall notify Customer in writing of any Security Incident affecting the Services, Customer Data or the models used by Customer, including model theft and large-scale abuse, within [24] hours of discovery, provide updates at least every [48] hours until resolved, and deliver a post-incident report within [10] business days.",
  },
  {
    title: "Audit rights and assurance",
    text: "Vendor shall provide annually a current independent assurance report (such as SOC 2 Type II, ISO/IEC 27001 or ISO/IEC 42001 certification) covering the Services, and Customer or its independent auditor may audit Vendor's compliance with this Addendum once per year on [30] days' notice, and at any time following a Security Incident.",
  },
  {
    title: "Continuity and exit",
    text: "Vendor shall maintain the availability stated in the SLA, give at least [180] days' written notice before deprecating or withdrawing any model version used by Customer, keep pinned model versions available until then, and on termination or withdrawal export Customer Data, fine-tuned models and adapters in a documented format within [30] days and provide reasonable transition assistance.",
  },
  {
    title: "Refunds, service credits and indemnity",
    text: "Where the Services are degraded, suspended or withdrawn because of an attack on Vendor, an abuse campaign or Vendor's decision, Vendor shall grant service credits of at least [25]% of the monthly fees per affected month and refund prepaid fees for any withdrawn Service. Vendor shall indemnify Customer against third-party claims arising from Vendor's breach of this Addendum, up to [the greater of 12 months' fees or USD 1,000,000].",
  },
];
