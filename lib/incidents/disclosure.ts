import type { IncidentDisclosure } from "@/generated/prisma/enums";

export type DisclosureStatus = "ON_TIME" | "LATE" | "UNDISCLOSED";

const HOUR = 3_600_000;

/** Hours between the incident and when we learned of it (fractional, never negative). */
export function hoursToDisclosure(occurredAt: Date, learnedAt: Date): number {
  return Math.max(0, (learnedAt.getTime() - occurredAt.getTime()) / HOUR);
}

export type DisclosureAssessment = {
  status: DisclosureStatus;
  /** Hours from the incident to our learning of it, rounded up to whole hours */
  hours: number;
  windowHours: number;
  /** Whole hours past the window (rounded up), 0 unless LATE */
  lateByHours: number;
};

/**
 * Whether the vendor disclosed an incident within its contractual window. An incident we learned of
 * otherwise (press, researchers, our own monitoring) is UNDISCLOSED whatever the timing; one the
 * vendor told us about is LATE when more than windowHours passed between the incident and the notice.
 */
export function assessDisclosure({
  disclosure,
  occurredAt,
  learnedAt,
  windowHours,
}: {
  disclosure: IncidentDisclosure;
  occurredAt: Date;
  learnedAt: Date;
  windowHours: number;
}): DisclosureAssessment {
  const exact = hoursToDisclosure(occurredAt, learnedAt);
  const hours = Math.ceil(exact);
  if (disclosure === "DISCOVERED") return { status: "UNDISCLOSED", hours, windowHours, lateByHours: 0 };
  if (exact > windowHours) return { status: "LATE", hours, windowHours, lateByHours: Math.ceil(exact - windowHours) };
  return { status: "ON_TIME", hours, windowHours, lateByHours: 0 };
}

/** A late or undisclosed incident opens a vendor-level finding. */
export function needsFinding(status: DisclosureStatus): boolean {
  return status !== "ON_TIME";
}

/** The title of the finding an incident opens (at most 200 characters, like any finding). */
export function incidentFindingTitle(title: string, d: DisclosureAssessment): string {
  const head = d.status === "UNDISCLOSED" ? "Incident not disclosed by the vendor" : `Incident disclosed late (${d.hours} h, window ${d.windowHours} h)`;
  const full = `${head}: ${title}`;
  return full.length <= 200 ? full : `${full.slice(0, 199)}…`;
}

/** "on time (within 72 h)", "late by 26 h", "not disclosed by the vendor". */
export function disclosureLabel(d: DisclosureAssessment): string {
  if (d.status === "UNDISCLOSED") return "Not disclosed by the vendor";
  if (d.status === "LATE") return `Disclosed late by ${d.lateByHours} h (after ${d.hours} h, window ${d.windowHours} h)`;
  return `Disclosed on time (${d.hours} h, within ${d.windowHours} h)`;
}

/** Days to close the finding a late or undisclosed incident opens, by severity. */
export function findingDueDays(severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL"): number {
  return { CRITICAL: 14, HIGH: 30, MEDIUM: 60, LOW: 90 }[severity];
}
