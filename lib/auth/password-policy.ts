// Password policy (pure, shared by forms and server), after OWASP ASVS 4 section 2.1: at least 12
// characters (2.1.1), at most 128 (2.1.2), no composition rules (2.1.9), and no password from a
// bundled list of common and breached ones or easily derived from one (2.1.7, checked offline).
import COMMON_PASSWORDS from "./common-passwords.json";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const APP_NAME = "vendorscope";

export const PASSWORD_MESSAGES = {
  tooShort: `Use at least ${PASSWORD_MIN} characters.`,
  tooLong: `Use at most ${PASSWORD_MAX} characters.`,
  common: "This password is too common or too easy to guess. Choose a longer phrase of your own.",
  appName: "Do not use the name of this application in your password.",
  email: "Do not use your email address in your password.",
} as const;

const COMMON = new Set<string>(COMMON_PASSWORDS);

// Keyboard rows and runs people type instead of a password; doubled so a run may wrap around.
const WALKS = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "qwertyuiopasdfghjklzxcvbnm",
  "qwertzuiopasdfghjklyxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
  "1q2w3e4r5t6y7u8i9o0p",
  "zaq12wsxcde34rfvbgt56yhnmju78ik90lo",
].flatMap((w) => {
  const doubled = w.repeat(3);
  return [doubled, [...doubled].reverse().join("")];
});

const LEET: Record<string, string> = { "@": "a", "4": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", $: "s", "7": "t", "+": "t" };

function unleet(value: string, one = "i"): string {
  return [...value].map((c) => (c === "1" ? one : (LEET[c] ?? c))).join("");
}

/** The password without the digits and symbols people put around a word ("!!Summer2026!" → "summer"). */
function core(lower: string): string {
  return lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

/** Without the spaces and separators of a phrase ("correct horse" → "correcthorse"). */
function compact(value: string): string {
  return value.replace(/[\s_.-]+/g, "");
}

/** Whether the password is common, a common one with digits or symbols around it or letters swapped for look-alikes, repetitive, or a keyboard run. */
export function isGuessable(password: string): boolean {
  const lower = password.toLowerCase();
  const joined = compact(lower);
  const stripped = core(lower);
  const candidates = new Set([lower, joined, stripped, core(joined), unleet(lower), unleet(lower, "l"), unleet(stripped), unleet(stripped, "l"), core(unleet(joined))]);
  for (const c of candidates) if (c && COMMON.has(c)) return true;
  if (new Set(lower).size <= 3) return true;
  const repeated = /^(.+?)\1+$/u.exec(joined);
  if (repeated && (repeated[1]!.length <= 4 || COMMON.has(repeated[1]!) || COMMON.has(core(repeated[1]!)))) return true;
  return [joined, core(joined)].some((c) => c.length >= 8 && WALKS.some((walk) => walk.includes(c)));
}

/** The email's local part, when long enough to mean something ("ada.lovelace@…" → "ada.lovelace"). */
function localPart(email: string): string | null {
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  return local.length >= 3 ? local : null;
}

/**
 * The one problem with a new password, or null when it may be used. `email` (the account's) is
 * known on the server; forms without it check the rest.
 */
export function passwordProblem(password: string, { email }: { email?: string } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX) return PASSWORD_MESSAGES.tooLong;
  const lower = password.toLowerCase();
  const joined = compact(lower);
  if (joined.includes(APP_NAME) || unleet(joined).includes(APP_NAME)) return PASSWORD_MESSAGES.appName;
  const local = email ? localPart(email) : null;
  const joinedLocal = local ? compact(local) : "";
  if (local && (lower.includes(local) || (joinedLocal.length >= 3 && joined.includes(joinedLocal)))) return PASSWORD_MESSAGES.email;
  if (isGuessable(password)) return PASSWORD_MESSAGES.common;
  return null;
}
