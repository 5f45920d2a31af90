import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { clausesByQuestion } from "@/lib/clauses/compose";
import { currentLibrary } from "./load-library";

/** Which clauses of the current clause library each question's shortfall calls for, and that library's version. */
export async function getClausesByQuestion({ actor }: { actor: Actor }) {
  assertCan(actor, "template:read");
  const library = await currentLibrary(db);
  return { version: library.number, byQuestion: clausesByQuestion(library.content) };
}
