import { describe, expect, it } from "vitest";
import { exceptionsText } from "@/lib/scoring/risk-summary";
import { findingStatusText } from "./text";

describe("exceptionsText", () => {
  it.each<[string, Parameters<typeof exceptionsText>[0], string | null]>([
    ["no risk acceptance", null, null],
    ["running", { until: new Date("2026-12-21T00:00:00Z"), expired: false }, "Approved with exceptions until 21 Dec 2026"],
    ["expired", { until: "2026-09-30T00:00:00.000Z", expired: true }, "Exceptions expired 30 Sep 2026"],
  ])("%s", (_name, exceptions, text) => {
    expect(exceptionsText(exceptions)).toBe(text);
  });
});

describe("findingStatusText", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  it.each<[Parameters<typeof findingStatusText>[0], string]>([
    [{ status: "OPEN", acceptedUntil: null }, "open"],
    [{ status: "IN_PROGRESS", acceptedUntil: null }, "in progress"],
    [{ status: "RESOLVED", acceptedUntil: null }, "resolved"],
    [{ status: "ACCEPTED", acceptedUntil: null }, "accepted"],
    [{ status: "ACCEPTED", acceptedUntil: new Date("2026-12-21T00:00:00Z") }, "accepted until 21 Dec 2026"],
    [{ status: "ACCEPTED", acceptedUntil: "2026-09-30T00:00:00Z" }, "accepted until 30 Sep 2026 (expired)"],
    // At the very instant the acceptance ends it has expired (as the vendor risk rating counts it).
    [{ status: "ACCEPTED", acceptedUntil: now }, "accepted until 1 Dec 2026 (expired)"],
  ])("%o → %s", (finding, text) => {
    expect(findingStatusText(finding, now)).toBe(text);
  });
});
