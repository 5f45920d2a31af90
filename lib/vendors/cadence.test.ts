import { describe, expect, it } from "vitest";
import {
  cadenceMonths,
  evidenceExpiry,
  modelChanges,
  reassessmentProductId,
  reminderDue,
  reviewState,
  staleAssessments,
  unresolvedStale,
  type AssessmentCoverage,
  type ProductEdit,
  type ProductVersion,
} from "./cadence";
import { nextReviewDate } from "./tier";

const at = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const NOW = at("2026-06-15T10:00:00Z");

describe("reviewState", () => {
  it.each<[string, string, string, number, number]>([
    ["a year away", "2027-06-15", "SCHEDULED", 365, 0],
    ["31 days away", "2026-07-16T10:00:00Z", "SCHEDULED", 31, 0],
    ["exactly 30 days away", "2026-07-15T10:00:00Z", "DUE_SOON", 30, 0],
    ["tomorrow at midnight", "2026-06-16", "DUE_SOON", 1, 0],
    ["this very instant", "2026-06-15T10:00:00Z", "DUE_SOON", 0, 0],
    ["earlier today (midnight)", "2026-06-15", "OVERDUE", 0, 1],
    ["a week ago", "2026-06-08T10:00:00Z", "OVERDUE", 0, 7],
    ["three days and a minute ago", "2026-06-12T09:59:00Z", "OVERDUE", 0, 3],
    ["last year", "2025-06-15", "OVERDUE", 0, 365],
  ])("due %s → %s", (_label, due, status, daysLeft, daysOverdue) => {
    expect(reviewState(at(due), NOW)).toEqual({ status, daysLeft, daysOverdue });
  });

  it("takes a wider due-soon window", () => {
    expect(reviewState(at("2026-08-01"), NOW).status).toBe("SCHEDULED");
    expect(reviewState(at("2026-08-01"), NOW, 60).status).toBe("DUE_SOON");
  });

  it.each<[1 | 2 | 3, string, string]>([
    [1, "2026-12-15", "SCHEDULED"],
    [2, "2027-06-15", "SCHEDULED"],
    [3, "2028-06-15", "SCHEDULED"],
  ])("a tier %i vendor decided on the day is next reviewed %s", (tier, date, status) => {
    const next = nextReviewDate(NOW, tier);
    expect(next.toISOString().slice(0, 10)).toBe(date);
    expect(reviewState(next, NOW).status).toBe(status);
    expect(cadenceMonths(tier)).toBe({ 1: 6, 2: 12, 3: 24 }[tier]);
    // A day past the cadence it is overdue, 30 days before it is due soon.
    expect(reviewState(next, new Date(next.getTime() + 86_400_000)).status).toBe("OVERDUE");
    expect(reviewState(next, new Date(next.getTime() - 30 * 86_400_000)).status).toBe("DUE_SOON");
  });

  it.each([0, 4, Number.NaN])("treats an unknown stored tier %s as the strictest cadence", (tier) => {
    expect(cadenceMonths(tier)).toBe(6);
  });
});

describe("reminderDue", () => {
  it.each<[string, string, string | null, boolean]>([
    ["scheduled, never reminded", "2026-09-01", null, false],
    ["due soon, never reminded", "2026-07-01", null, true],
    ["overdue, never reminded", "2026-06-01", null, true],
    ["overdue, reminded earlier today", "2026-06-01", "2026-06-15T06:00:00Z", false],
    ["overdue, reminded 6 days ago", "2026-06-01", "2026-06-09T23:59:00Z", false],
    ["overdue, reminded 7 dates ago at a later hour", "2026-06-01", "2026-06-08T23:00:00Z", true],
    ["due soon, reminded 8 days ago", "2026-07-01", "2026-06-07T10:00:00Z", true],
    ["scheduled, reminded long ago", "2027-01-01", "2025-01-01", false],
  ])("%s → %s", (_label, due, last, expected) => {
    expect(reminderDue({ nextReviewAt: at(due), lastReminderAt: last ? at(last) : null }, NOW)).toBe(expected);
  });
});

describe("evidenceExpiry", () => {
  it.each<[string, string, string, number, number]>([
    ["next year", "2027-06-30", "VALID", 380, 0],
    ["in 31 days", "2026-07-16T10:00:00Z", "VALID", 31, 0],
    ["in 30 days", "2026-07-15T10:00:00Z", "EXPIRING", 30, 0],
    ["tomorrow", "2026-06-16", "EXPIRING", 1, 0],
    ["this morning", "2026-06-15", "EXPIRED", 0, 1],
    ["last month", "2026-05-15T10:00:00Z", "EXPIRED", 0, 31],
    ["twelve days and an hour ago", "2026-06-03T09:00:00Z", "EXPIRED", 0, 12],
  ])("valid until %s → %s", (_label, until, status, daysLeft, daysExpired) => {
    expect(evidenceExpiry(at(until), NOW)).toEqual({ status, daysLeft, daysExpired });
  });
});

const BEFORE: ProductVersion[] = [
  { id: "p1", name: "Nova API", model: "nova-large-2026-03" },
  { id: "p2", name: "Nova Embed", model: "embed-v4" },
];

describe("modelChanges", () => {
  it.each<[string, ProductEdit[], unknown[]]>([
    ["nothing changed", [{ id: "p1", name: "Nova API", model: "nova-large-2026-03" }, { id: "p2", name: "Nova Embed", model: "embed-v4" }], []],
    ["a rename and a new order only", [{ id: "p2", name: "Embeddings", model: "embed-v4" }, { id: "p1", name: "Nova", model: "nova-large-2026-03" }], []],
    ["a product removed", [{ id: "p1", name: "Nova API", model: "nova-large-2026-03" }], []],
    [
      "a model upgraded",
      [{ id: "p1", name: "Nova API", model: "nova-large-2026-09" }, { id: "p2", name: "Nova Embed", model: "embed-v4" }],
      [{ kind: "MODEL_CHANGED", productId: "p1", name: "Nova API", from: "nova-large-2026-03", to: "nova-large-2026-09", reason: "Model changed: nova-large-2026-03 → nova-large-2026-09" }],
    ],
    [
      "a new product",
      [...BEFORE, { name: "Nova Vision", model: "vision-1" }],
      [{ kind: "NEW_MODEL", name: "Nova Vision", model: "vision-1", reason: "New model registered: Nova Vision vision-1" }],
    ],
    ["the same list resent without ids (API)", [{ name: "Nova API", model: "nova-large-2026-03" }, { name: "nova embed ", model: "embed-v4" }], []],
    [
      "resent without ids, one model upgraded",
      [{ name: "Nova API", model: "nova-large-2026-09" }, { name: "Nova Embed", model: "embed-v4" }],
      [{ kind: "MODEL_CHANGED", productId: "p1", name: "Nova API", from: "nova-large-2026-03", to: "nova-large-2026-09", reason: "Model changed: nova-large-2026-03 → nova-large-2026-09" }],
    ],
    [
      "an unknown id is a new product",
      [...BEFORE, { id: "elsewhere", name: "Nova Audio", model: "audio-2" }],
      [{ kind: "NEW_MODEL", name: "Nova Audio", model: "audio-2", reason: "New model registered: Nova Audio audio-2" }],
    ],
  ])("%s", (_label, after, expected) => {
    expect(modelChanges(BEFORE, after)).toEqual(expected);
  });
});

const assessment = (id: string, productId: string | null, status: AssessmentCoverage["status"] = "APPROVED", staleAt: Date | null = null): AssessmentCoverage => ({ id, productId, status, staleAt });
const ASSESSMENTS = [
  assessment("on-p1", "p1"),
  assessment("on-p2", "p2"),
  assessment("vendor-wide", null),
  assessment("draft-on-p1", "p1", "DRAFT"),
  assessment("rejected-wide", null, "REJECTED"),
  assessment("already-stale", "p1", "APPROVED", NOW),
];
const upgrade = modelChanges(BEFORE, [{ id: "p1", name: "Nova API", model: "nova-large-2026-09" }, BEFORE[1]!]);
const added = modelChanges(BEFORE, [...BEFORE, { name: "Nova Vision", model: "vision-1" }]);

describe("staleAssessments", () => {
  it.each<[string, ReturnType<typeof modelChanges>, { id: string; reason: string }[]]>([
    ["no change", [], []],
    [
      "a changed model: that product's and the vendor-wide approved ones",
      upgrade,
      [
        { id: "on-p1", reason: "Model changed: nova-large-2026-03 → nova-large-2026-09" },
        { id: "vendor-wide", reason: "Model changed: nova-large-2026-03 → nova-large-2026-09" },
      ],
    ],
    ["a new model: the vendor-wide approved ones only", added, [{ id: "vendor-wide", reason: "New model registered: Nova Vision vision-1" }]],
    [
      "both at once: reasons joined",
      [...upgrade, ...added],
      [
        { id: "on-p1", reason: "Model changed: nova-large-2026-03 → nova-large-2026-09" },
        { id: "vendor-wide", reason: "Model changed: nova-large-2026-03 → nova-large-2026-09; New model registered: Nova Vision vision-1" },
      ],
    ],
  ])("%s", (_label, changes, expected) => {
    expect(staleAssessments(changes, ASSESSMENTS)).toEqual(expected);
  });
});

describe("reassessmentProductId", () => {
  const products: ProductVersion[] = [
    { id: "p1", name: "Nova API", model: "nova-large-2026-09" },
    { id: "p2", name: "Nova Embed", model: "embed-v4" },
    { id: "p3", name: "Nova Vision", model: "vision-1" },
  ];
  it.each<[string, { productId: string | null; staleReason: string | null }, string | undefined]>([
    ["its own product", { productId: "p2", staleReason: "Model changed: embed-v3 → embed-v4" }, "p2"],
    ["vendor-wide, a changed model", { productId: null, staleReason: "Model changed: nova-large-2026-03 → nova-large-2026-09" }, "p1"],
    ["vendor-wide, a new model", { productId: null, staleReason: "New model registered: Nova Vision vision-1" }, "p3"],
    ["its product was removed since", { productId: "gone", staleReason: "Model changed: a → b" }, undefined],
    ["no reason", { productId: null, staleReason: null }, undefined],
  ])("%s", (_label, a, expected) => {
    expect(reassessmentProductId(a, products)).toBe(expected);
  });
});

describe("unresolvedStale", () => {
  const row = (id: string, productId: string | null, decided: string, stale = false, status: AssessmentCoverage["status"] = "APPROVED") => ({ id, productId, status, staleAt: stale ? NOW : null, decidedAt: at(decided) });
  it.each<[string, ReturnType<typeof row>[], string[]]>([
    ["nothing stale", [row("a", "p1", "2026-01-01")], []],
    ["a stale approval, not reassessed", [row("a", "p1", "2026-01-01", true)], ["a"]],
    ["reassessed and approved since, same product", [row("a", "p1", "2026-01-01", true), row("b", "p1", "2026-05-01")], []],
    ["reassessed vendor-wide since", [row("a", "p1", "2026-01-01", true), row("b", null, "2026-05-01")], []],
    ["approved since, another product only", [row("a", "p1", "2026-01-01", true), row("b", "p2", "2026-05-01")], ["a"]],
    ["an older current approval does not resolve it", [row("b", "p1", "2025-01-01"), row("a", "p1", "2026-01-01", true)], ["a"]],
    ["a reassessment in progress does not resolve it", [row("a", "p1", "2026-01-01", true), row("b", "p1", "2026-05-01", false, "IN_REVIEW")], ["a"]],
  ])("%s", (_label, rows, expected) => {
    expect(unresolvedStale(rows).map((a) => a.id)).toEqual(expected);
  });
});
