import { z } from "zod";
import { optionalText, storableString, validAs } from "./common";
import { idSchema } from "./user";
import { CURRENCIES, INCIDENT_DISCLOSURES, INCIDENT_TYPES, REMEDY_KINDS, SEVERITIES } from "@/lib/incidents/labels";

const MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?Z?)?$/;
/** A little slack for clocks that run ahead. */
const FUTURE_SLACK_MS = 5 * 60_000;
export const MAX_AMOUNT = 1_000_000_000;

// NUL (which PostgreSQL cannot store) is refused by storableString; the other control characters
// are never meant in an incident's text (tabs and newlines are fine).
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const NO_CONTROL = "Remove the control characters from the text.";
const plain = (v: string | undefined) => v === undefined || !CONTROL.test(v);

/**
 * "2026-03-01" (midnight) or "2026-03-01T14:30" (a datetime-local field), read as UTC. Null for
 * anything else, including dates that do not exist (2026-02-30).
 */
export function parseMoment(value: string): Date | null {
  const m = MOMENT.exec(value);
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", s = "0"] = m.slice(1).map((x) => x ?? undefined) as string[];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  const ok =
    date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) && date.getUTCHours() === Number(h) && date.getUTCMinutes() === Number(mi);
  return ok ? date : null;
}

/** A past moment: a date or date and time (UTC), not in the future, not before 2000. */
const pastMoment = (what: string) =>
  storableString({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .transform((v, ctx) => {
      const date = parseMoment(v);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `Enter ${what} as a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM, UTC).` });
        return z.NEVER;
      }
      if (date.getTime() > Date.now() + FUTURE_SLACK_MS) {
        ctx.addIssue({ code: "custom", message: `${what.charAt(0).toUpperCase()}${what.slice(1)} cannot be in the future.` });
        return z.NEVER;
      }
      if (date.getUTCFullYear() < 2000) {
        ctx.addIssue({ code: "custom", message: "Enter a date from 2000 onwards." });
        return z.NEVER;
      }
      return date;
    });

const optionalPastMoment = (what: string) =>
  storableString({ error: `Enter ${what} as text.` })
    .trim()
    .optional()
    .nullable()
    .transform((v) => (v ? v : undefined))
    .pipe(pastMoment(what).optional());

const sourceUrl = storableString({ error: "Enter the source as a web address." })
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .optional()
  .nullable()
  .transform((v) => (v ? v : undefined))
  .pipe(storableString().refine(isHttpsUrl, "Enter a web address starting with https://, e.g. https://status.example.com/incident/42.").optional());

function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && z.regexes.domain.test(url.hostname) && !url.username && !url.password && !CONTROL.test(value);
}

export const incidentSchema = z
  .object({
    title: storableString({ error: "Give the incident a short title." }).trim().min(3, "Give the incident a short title (3 characters or more).").max(200, "Use at most 200 characters.").refine(plain, NO_CONTROL),
    description: optionalText(4000).refine(plain, NO_CONTROL),
    type: z.enum(INCIDENT_TYPES, { error: "Choose the type of incident." }),
    severity: z.enum(SEVERITIES, { error: "Choose a severity." }),
    occurredAt: pastMoment("when the incident happened"),
    disclosure: z.enum(INCIDENT_DISCLOSURES, { error: "Say whether the vendor told you or you found out otherwise." }),
    learnedAt: pastMoment("when you learned of it"),
    sourceUrl,
  })
  .superRefine((v, ctx) => {
    if (v.learnedAt instanceof Date && v.occurredAt instanceof Date && v.learnedAt < v.occurredAt) ctx.addIssue({ code: "custom", path: ["learnedAt"], message: "You cannot learn of an incident before it happened: enter a moment on or after the incident." });
  });
export type IncidentInput = z.input<typeof incidentSchema>;
export type IncidentData = z.output<typeof incidentSchema>;

/** 0 or more, at most 2 decimals, as the exact decimal string stored (no floating point). */
const amount = (what: string) =>
  z
    .union([z.number(), storableString()], { error: `Enter ${what}.` })
    .transform((v) => (typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : v.trim().replace(/[,\s]/g, "")))
    .pipe(
      storableString()
        .min(1, `Enter ${what}.`)
        .regex(/^\d+(\.\d{1,2})?$/, `Enter ${what} as a number of 0 or more with at most 2 decimals, e.g. 1250.00.`)
        .refine((v) => Number(v) <= MAX_AMOUNT, `Enter at most ${MAX_AMOUNT.toLocaleString("en-GB")}.`)
        .transform((v) => Number(v).toFixed(2)),
    );

const AMOUNT = /^\d+\.\d{2}$/;
const cents = (v: string) => Math.round(Number(v) * 100);

export const remedySchema = z
  .object({
    kind: z.enum(REMEDY_KINDS, { error: "Choose service credit, refund or indemnity." }),
    currency: storableString({ error: "Choose a currency." })
      .trim()
      .toUpperCase()
      .refine((c) => (CURRENCIES as readonly string[]).includes(c), "Choose a currency from the list (ISO 4217 code, e.g. USD, EUR)."),
    amountClaimed: amount("the amount claimed"),
    amountReceived: z
      .union([z.number(), storableString()])
      .optional()
      .nullable()
      .transform((v) => (v === undefined || v === null || v === "" ? "0" : v))
      .pipe(amount("the amount received")),
    claimedAt: pastMoment("when you claimed it"),
    receivedAt: optionalPastMoment("when it was received"),
    notes: optionalText(2000).refine(plain, NO_CONTROL),
  })
  .superRefine((v, ctx) => {
    // Only once the fields themselves are valid, so a typo is not reported twice.
    if (!AMOUNT.test(v.amountClaimed) || !AMOUNT.test(v.amountReceived) || !(v.claimedAt instanceof Date) || (v.receivedAt !== undefined && !(v.receivedAt instanceof Date))) return;
    if (cents(v.amountReceived) > cents(v.amountClaimed)) {
      ctx.addIssue({ code: "custom", path: ["amountReceived"], message: "The amount received cannot exceed the amount claimed; raise the claim first if the vendor paid more." });
    }
    if (cents(v.amountReceived) > 0 && !v.receivedAt) ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "Enter when the amount was received." });
    if (v.receivedAt && cents(v.amountReceived) === 0) ctx.addIssue({ code: "custom", path: ["amountReceived"], message: "Enter the amount received, or clear the date received." });
    if (v.receivedAt && v.receivedAt < v.claimedAt) ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "It cannot be received before it was claimed." });
  });
export type RemedyInput = z.input<typeof remedySchema>;
export type RemedyData = z.output<typeof remedySchema>;

// Action envelopes: the form's fields sit under one key (the action reports their issues at the
// form's paths), validated here and kept as sent for the domain function's own parse.
export const createIncidentInput = z.object({ vendorId: idSchema, incident: validAs(incidentSchema) });
export const updateIncidentInput = z.object({ incidentId: idSchema, incident: validAs(incidentSchema) });
export const addRemedyInput = z.object({ incidentId: idSchema, remedy: validAs(remedySchema) });
export const updateRemedyInput = z.object({ remedyId: idSchema, remedy: validAs(remedySchema) });
