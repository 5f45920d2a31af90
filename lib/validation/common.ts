import { z } from "zod";

export const NUL_MESSAGE = "Remove the invisible control character (NUL) from this text.";
export const INVALID_CHARACTER_MESSAGE = "This text contains an invalid character.";

/**
 * A lone UTF-16 surrogate (a high one not followed by a low one, or a low one not preceded by a
 * high one) is half a character: it has no UTF-8 form. The loop is for browsers without
 * String.prototype.isWellFormed (the schemas also run in the forms).
 */
export function isWellFormedText(value: string): boolean {
  if (typeof value.isWellFormed === "function") return value.isWellFormed();
  return wellFormedByLoop(value);
}

/** @internal exported for its table test */
export function wellFormedByLoop(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/**
 * Why PostgreSQL cannot store this text, or null. Its text and jsonb types refuse NUL (\u0000), and
 * a lone surrogate cannot be encoded at all. The one rule, used by every text schema, by the API's
 * path parameters and by the pages.
 */
export function unstorableText(value: string): string | null {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (!isWellFormedText(value)) return INVALID_CHARACTER_MESSAGE;
  return null;
}

/** The first string (or object key) in a value that PostgreSQL cannot store, with its path. */
export function findUnstorableText(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string } | null {
  if (typeof value === "string") {
    const message = unstorableText(value);
    return message ? { path, message } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findUnstorableText(item, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnstorableText(key, [...path, key]) ?? findUnstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The zod check behind storableString: a field issue with the message of unstorableText. */
export const storableText = z.superRefine<string>((value, ctx) => {
  const message = unstorableText(value);
  if (message) ctx.addIssue({ code: "custom", message });
});

/**
 * z.string() for every input: text that PostgreSQL can store (no NUL, no lone surrogate). Every
 * string of every schema in lib/validation starts here (lib/validation/common.test.ts checks it).
 */
export const storableString = (params?: Parameters<typeof z.string>[0]) => z.string(params).check(storableText);

/** Optional free text: trimmed, limited, and an empty string read as absent. */
export const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * Validates with `schema` but keeps the value as sent, for an action envelope whose domain function
 * parses the same schema itself and whose output would not parse twice (moments in text become Dates).
 */
export function validAs<S extends z.ZodType>(schema: S) {
  return z.custom<z.input<S>>().superRefine((value, ctx) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  });
}
