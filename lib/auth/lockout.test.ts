import { describe, expect, it } from "vitest";
import { lockedError, lockedMessage, lockoutSeconds } from "./lockout";

describe("lockoutSeconds", () => {
  it.each([
    [0, "account", 0],
    [4, "account", 0],
    [5, "account", 30],
    [6, "account", 60],
    [7, "account", 120],
    [9, "account", 480],
    [10, "account", 900],
    [50, "account", 900],
    [19, "ip", 0],
    [20, "ip", 30],
    [21, "ip", 60],
  ] as const)("%i failures (%s) → %i s", (failures, kind, seconds) => {
    expect(lockoutSeconds(failures, kind)).toBe(seconds);
  });
});

describe("locked messages", () => {
  it("round-trip the wait", () => {
    expect(lockedMessage(lockedError(30))).toBe("Too many failed sign-ins. Try again in 30 seconds.");
    expect(lockedMessage(lockedError(600))).toBe("Too many failed sign-ins. Try again in 10 minutes.");
    expect(lockedMessage("CredentialsSignin")).toBeNull();
  });
});
