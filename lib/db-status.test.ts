import { describe, expect, it } from "vitest";
import { databaseRecentlyUnavailable, noteDatabaseAnswered, noteDatabaseUnavailable } from "./db-status";
import { UNAVAILABLE_DIGEST } from "./unavailable";

describe("whether the database was unreachable moments ago", () => {
  it("tags the error for the error boundaries, for Retry-After seconds, until a query is answered", () => {
    const now = 1_000_000;
    const error = new Error("refused");
    noteDatabaseUnavailable(error, now);
    expect(error).toMatchObject({ digest: UNAVAILABLE_DIGEST });
    expect(databaseRecentlyUnavailable(now + 4_999)).toBe(true);
    expect(databaseRecentlyUnavailable(now + 5_000)).toBe(false);
    noteDatabaseUnavailable(new Error("refused"), now);
    noteDatabaseAnswered();
    expect(databaseRecentlyUnavailable(now + 1)).toBe(false);
  });

  it("keeps a digest the error already has (Next's own, say)", () => {
    const error = Object.assign(new Error("x"), { digest: "NEXT_REDIRECT;replace;/login;307;" });
    noteDatabaseUnavailable(error);
    expect(error.digest).toBe("NEXT_REDIRECT;replace;/login;307;");
    noteDatabaseAnswered();
  });
});
