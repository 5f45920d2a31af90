// Inherent-risk tiering of a vendor from its intake (pure; table-tested beside this file).
import type { BusinessCriticality, DataSensitivity, IntegrationDepth } from "@/generated/prisma/enums";

export type Intake = {
  dataSensitivity: DataSensitivity;
  businessCriticality: BusinessCriticality;
  integrationDepth: IntegrationDepth;
  regulatedUse: boolean;
};

export type Tier = 1 | 2 | 3;

const SENSITIVITY: Record<DataSensitivity, number> = { PUBLIC: 0, INTERNAL: 1, CONFIDENTIAL: 2, RESTRICTED: 3 };
const CRITICALITY: Record<BusinessCriticality, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, MISSION_CRITICAL: 3 };
const INTEGRATION: Record<IntegrationDepth, number> = { STANDALONE: 0, API_INTEGRATION: 1, EMBEDDED_IN_PRODUCT: 2, AUTONOMOUS_AGENT: 3 };

/** Points 0–11: data sensitivity, business criticality and integration depth 0–3 each, regulated use +2. */
export function intakePoints(intake: Intake): number {
  return SENSITIVITY[intake.dataSensitivity] + CRITICALITY[intake.businessCriticality] + INTEGRATION[intake.integrationDepth] + (intake.regulatedUse ? 2 : 0);
}

/**
 * Tier 1 (highest inherent risk): 7+ points, or mission-critical, or restricted data in a regulated
 * use. Tier 2: 4–6 points. Tier 3: the rest.
 */
export function deriveTier(intake: Intake): Tier {
  const points = intakePoints(intake);
  if (points >= 7 || intake.businessCriticality === "MISSION_CRITICAL" || (intake.dataSensitivity === "RESTRICTED" && intake.regulatedUse)) return 1;
  if (points >= 4) return 2;
  return 3;
}

/** Months between reassessments by tier. */
export const REVIEW_CADENCE_MONTHS: Record<Tier, number> = { 1: 6, 2: 12, 3: 24 };

/** The date a tier's cadence puts the next review, counted from `from` (end-of-month safe, UTC). */
export function nextReviewDate(from: Date, tier: Tier): Date {
  const months = REVIEW_CADENCE_MONTHS[tier];
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  return d;
}

export const SENSITIVITY_LABELS: Record<DataSensitivity, string> = {
  PUBLIC: "Public data only",
  INTERNAL: "Internal data",
  CONFIDENTIAL: "Confidential or customer data",
  RESTRICTED: "Restricted (personal, health, financial, secrets)",
};
export const CRITICALITY_LABELS: Record<BusinessCriticality, string> = {
  LOW: "Low: convenience",
  MEDIUM: "Medium: supports a process",
  HIGH: "High: a key process depends on it",
  MISSION_CRITICAL: "Mission-critical: outage stops the business",
};
export const INTEGRATION_LABELS: Record<IntegrationDepth, string> = {
  STANDALONE: "Standalone tool used by staff",
  API_INTEGRATION: "Integrated through its API",
  EMBEDDED_IN_PRODUCT: "Embedded in our product",
  AUTONOMOUS_AGENT: "Acts autonomously (agents, actions)",
};
