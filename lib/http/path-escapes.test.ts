import { describe, expect, it } from "vitest";
import { repairPathEscapes } from "./path-escapes";

describe("repairPathEscapes", () => {
  it.each([
    ["/respond/%FF", "/respond/%25FF"],
    ["/respond/abc%FF/upload", "/respond/abc%25FF/upload"],
    ["/assessments/%E0%A4%A", "/assessments/%25E0%25A4%25A"],
    ["/vendors/%ED%A0%80", "/vendors/%25ED%25A0%2580"],
    ["/vendors/%", "/vendors/%25"],
    ["/api/v1/vendors/%C3%28?q=%FF", "/api/v1/vendors/%25C3%2528?q=%FF"],
  ])("%s → %s", (input, output) => {
    expect(repairPathEscapes(input)).toBe(output);
    expect(() => decodeURIComponent(output.split("?")[0]!)).not.toThrow();
  });

  it.each(["/", "/vendors", "/vendors/abc?q=a%00b", "/respond/a%00b", "/vendors/caf%C3%A9", "/a%2Fb/c", "/x?y=%FF#z"])("leaves %s as it is", (url) => {
    expect(repairPathEscapes(url)).toBe(url);
  });
});
