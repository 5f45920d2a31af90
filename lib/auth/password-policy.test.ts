import { describe, expect, it } from "vitest";
import COMMON_PASSWORDS from "./common-passwords.json";
import { PASSWORD_MESSAGES as M, passwordProblem } from "./password-policy";

const EMAIL = "ada.lovelace@corp.example";

describe("passwordProblem", () => {
  it.each<[string, string, string | null]>([
    // ASVS 2.1.1 / 2.1.2: 12 to 128 characters, counted as characters, not UTF-16 units
    ["11 characters", "tr0ub4dor&3", M.tooShort],
    ["12 characters", "plum-kettle7", null],
    ["128 characters", "a quiet harbour at dawn ".repeat(6).slice(0, 128), null],
    ["129 characters", "a quiet harbour at dawn ".repeat(6).slice(0, 129), M.tooLong],
    ["12 emoji are 12 characters", "🦉🐙🦊🐢🦉🐙🦊🐢🦉🐙🦊🐢", null],
    ["6 emoji are 12 UTF-16 units but 6 characters", "🦉🐙🦊🐢🦉🐙", M.tooShort],
    // ASVS 2.1.9: no composition rules; a phrase of plain words is fine
    ["lower-case words only", "violet tractor sings loudly", null],
    ["another language", "schneeflocke über brücken", null],
    // ASVS 2.1.7: common and breached passwords, and easy derivations of them
    ["on the list", "password1234", M.common],
    ["on the list, other case", "PassWord1234", M.common],
    ["a common word with a year and a symbol", "Summer2026!!", M.common],
    ["digits and symbols around a common word", "!!football2024!!", M.common],
    ["look-alike letters", "P@ssw0rd2026!", M.common],
    ["a famous phrase, spaced", "correct horse battery staple", M.common],
    ["a famous phrase, joined", "CorrectHorseBatteryStaple", M.common],
    ["a common word twice", "qwertyqwerty", M.common],
    ["a short unit repeated", "abcabcabcabc", M.common],
    ["one character", "aaaaaaaaaaaaaaaa", M.common],
    ["three characters", "abababababac", M.common],
    ["a run of digits", "123456789012", M.common],
    ["a run of digits, reversed", "987654321098", M.common],
    ["the alphabet", "abcdefghijklm", M.common],
    ["a keyboard row", "qwertyuiopasdf", M.common],
    ["a keyboard zig-zag", "1qaz2wsx3edc4rfv", M.common],
    // Context: the application's name, the user's email
    ["the application's name", "MyVendorscopeLogin", M.appName],
    ["the application's name, look-alike", "v3nd0rsc0pe-is-great", M.appName],
    ["the application's name, spaced", "vendor scope rocks hard", M.appName],
  ])("%s", (_label, password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ["ada.lovelace-rules-2026", M.email],
    ["ADA.LOVELACE is here", M.email],
    ["adalovelace is my name", M.email],
    ["analytical engine notes", null],
  ])("with the account's email: %s", (password, expected) => {
    expect(passwordProblem(password, { email: EMAIL })).toBe(expected);
  });

  it("ignores a local part too short to mean anything", () => {
    expect(passwordProblem("a quiet harbour at dawn", { email: "al@corp.example" })).toBeNull();
  });

  it("refuses every entry of the bundled list that is long enough to be allowed otherwise", () => {
    const long = (COMMON_PASSWORDS as string[]).filter((p) => [...p].length >= 12);
    expect(long.length).toBeGreaterThan(150);
    for (const p of long) expect([p, passwordProblem(p)]).toEqual([p, M.common]);
  });
});
