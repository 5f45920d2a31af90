import { withApi } from "@/lib/api/handler";
import { getSuggestions } from "@/lib/server/documents/get-suggestions";

/** Cited answer suggestions from the vendor's documents, for questions with at least one citation. */
export const GET = withApi<{ id: string }>(
  async ({ actor, params }) => ({
    items: (await getSuggestions({ actor, assessmentId: params.id })).map((s) => ({
      questionKey: s.questionKey,
      value: s.value,
      confidence: s.confidence,
      citations: s.citations.map((c) => ({ documentId: c.documentId, page: c.page, quote: c.quote })),
    })),
  }),
  { permission: "assessment:read" },
);
