import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each<[string, unknown, string]>([
    ["a plain path", "/vendors", "/vendors"],
    ["a path with query and hash", "/vendors?rating=HIGH&page=2#top", "/vendors?rating=HIGH&page=2#top"],
    ["the root", "/", "/"],
    ["dot segments stay on this site", "/vendors/../admin", "/admin"],
    ["an encoded backslash stays encoded, on this site", "/%5Cevil.example/x", "/%5Cevil.example/x"],
    ["missing", undefined, "/"],
    ["empty", "", "/"],
    ["not a string", ["/vendors"], "/"],
    ["an absolute URL", "https://evil.example/", "/"],
    ["protocol-relative", "//evil.example/x", "/"],
    ["a backslash (a browser reads //)", "/\\evil.example/x", "/"],
    ["two backslashes", "\\\\evil.example", "/"],
    ["a tab after the slash (dropped by browsers)", "/\t/evil.example/x", "/"],
    ["a newline after the slash", "/\n/x", "/"],
    ["a carriage return", "/\r/evil.example", "/"],
    ["NUL", "/\u0000/evil.example", "/"],
    ["javascript:", "javascript:alert(1)", "/"],
    ["a relative path", "vendors", "/"],
    ["a slash then a backslash", "/\\/evil.example", "/"],
    ["DEL", "/\u007f/x", "/"],
  ])("%s → %s", (_name, value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});
