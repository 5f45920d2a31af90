import { describe, expect, it } from "vitest";
import { parseWrittenDate, proposeValidity } from "./validity";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("parseWrittenDate", () => {
  it.each<[string, string | null]>([
    ["March 1, 2026", "2026-03-01"],
    ["1 March 2026", "2026-03-01"],
    ["Feb. 28, 2027", "2027-02-28"],
    ["September 30th, 2026", "2026-09-30"],
    ["2026-12-31", "2026-12-31"],
    ["February 30, 2026", null],
    ["2026-13-01", null],
  ])("%s", (text, iso) => {
    const date = parseWrittenDate(text);
    expect(date ? date.toISOString().slice(0, 10) : null).toBe(iso);
  });
});

describe("proposeValidity", () => {
  it.each<[string, string, string | null, string | null]>([
    ["a SOC 2 period", "This report covers the period March 1, 2026 to February 28, 2027.", "2026-03-01", "2027-02-28"],
    ["a period across a line break", "for the period from\n1 April 2026 through\n31 March 2027", "2026-04-01", "2027-03-31"],
    ["ISO dates with a dash", "Review period: from 2026-01-01 - 2026-12-31.", "2026-01-01", "2026-12-31"],
    ["a certificate", "This certificate is valid until 14 June 2028.", null, "2028-06-14"],
    ["an expiry date", "Expiry date: 2027-05-01", null, "2027-05-01"],
  ])("%s", (_name, text, from, until) => {
    const v = proposeValidity([{ text: "Cover page" }, { text }])!;
    expect(v.from).toEqual(from ? day(from) : null);
    expect(v.until).toEqual(until ? day(until) : null);
    expect(text.replace(/\s+/g, " ")).toContain(v.quote);
  });

  it("proposes nothing for a period that ends before it starts, or without dates", () => {
    expect(proposeValidity([{ text: "for the period March 1, 2027 to February 28, 2026" }])).toBeNull();
    expect(proposeValidity([{ text: "We are audited every year." }])).toBeNull();
  });
});
