import { describe, expect, it } from "vitest";
import { assessDisclosure, disclosureLabel, hoursToDisclosure, incidentFindingTitle, needsFinding } from "./disclosure";

const at = (iso: string) => new Date(`${iso}Z`);

describe("hoursToDisclosure", () => {
  it.each<[string, string, number]>([
    ["2026-01-01T00:00", "2026-01-01T00:00", 0],
    ["2026-01-01T00:00", "2026-01-02T06:00", 30],
    ["2026-01-01T00:00", "2026-01-01T00:30", 0.5],
    ["2026-01-02T00:00", "2026-01-01T00:00", 0],
  ])("%s → %s is %d h", (occurred, learned, hours) => {
    expect(hoursToDisclosure(at(occurred), at(learned))).toBe(hours);
  });
});

describe("assessDisclosure", () => {
  it.each<[string, "VENDOR" | "DISCOVERED", string, string, number, { status: string; hours: number; lateByHours: number }]>([
    ["notice at once", "VENDOR", "2026-03-01T10:00", "2026-03-01T10:00", 72, { status: "ON_TIME", hours: 0, lateByHours: 0 }],
    ["notice exactly at the window", "VENDOR", "2026-03-01T10:00", "2026-03-04T10:00", 72, { status: "ON_TIME", hours: 72, lateByHours: 0 }],
    ["one minute past the window", "VENDOR", "2026-03-01T10:00", "2026-03-04T10:01", 72, { status: "LATE", hours: 73, lateByHours: 1 }],
    ["26 h past a 72 h window", "VENDOR", "2026-03-01T00:00", "2026-03-05T02:00", 72, { status: "LATE", hours: 98, lateByHours: 26 }],
    ["a short 24 h window", "VENDOR", "2026-03-01T00:00", "2026-03-02T12:00", 24, { status: "LATE", hours: 36, lateByHours: 12 }],
    ["a long window", "VENDOR", "2026-03-01T00:00", "2026-03-20T00:00", 720, { status: "ON_TIME", hours: 456, lateByHours: 0 }],
    ["discovered within the window", "DISCOVERED", "2026-03-01T00:00", "2026-03-01T05:00", 72, { status: "UNDISCLOSED", hours: 5, lateByHours: 0 }],
    ["discovered months later", "DISCOVERED", "2026-01-01T00:00", "2026-04-01T00:00", 72, { status: "UNDISCLOSED", hours: 2160, lateByHours: 0 }],
  ])("%s", (_label, disclosure, occurred, learned, windowHours, expected) => {
    expect(assessDisclosure({ disclosure, occurredAt: at(occurred), learnedAt: at(learned), windowHours })).toEqual({ ...expected, windowHours });
  });
});

describe("needsFinding", () => {
  it.each([
    ["ON_TIME", false],
    ["LATE", true],
    ["UNDISCLOSED", true],
  ] as const)("%s → %s", (status, expected) => expect(needsFinding(status)).toBe(expected));
});

describe("labels and finding titles", () => {
  const late = { status: "LATE", hours: 98, windowHours: 72, lateByHours: 26 } as const;
  const undisclosed = { status: "UNDISCLOSED", hours: 5, windowHours: 72, lateByHours: 0 } as const;
  const onTime = { status: "ON_TIME", hours: 10, windowHours: 72, lateByHours: 0 } as const;

  it.each([
    [late, "Disclosed late by 26 h (after 98 h, window 72 h)"],
    [undisclosed, "Not disclosed by the vendor"],
    [onTime, "Disclosed on time (10 h, within 72 h)"],
  ] as const)("describes %o", (d, label) => expect(disclosureLabel(d)).toBe(label));

  it("names the finding after the incident, within 200 characters", () => {
    expect(incidentFindingTitle("Customer data leak", late)).toBe("Incident disclosed late (98 h, window 72 h): Customer data leak");
    expect(incidentFindingTitle("Weights stolen", undisclosed)).toBe("Incident not disclosed by the vendor: Weights stolen");
    const long = incidentFindingTitle("x".repeat(200), undisclosed);
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
  });
});
