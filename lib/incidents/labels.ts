import type { FindingSeverity, IncidentDisclosure, IncidentType, RemedyKind } from "@/generated/prisma/enums";

export const INCIDENT_TYPES = ["ABUSE_CAMPAIGN", "MODEL_THEFT", "DATA_LEAK", "OUTAGE", "SERVICE_WITHDRAWAL", "EXPORT_RESTRICTION"] as const satisfies readonly IncidentType[];
export const INCIDENT_DISCLOSURES = ["VENDOR", "DISCOVERED"] as const satisfies readonly IncidentDisclosure[];
export const REMEDY_KINDS = ["SERVICE_CREDIT", "REFUND", "INDEMNITY"] as const satisfies readonly RemedyKind[];
export const SEVERITIES = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const satisfies readonly FindingSeverity[];

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  ABUSE_CAMPAIGN: "Abuse / distillation campaign",
  MODEL_THEFT: "Model theft",
  DATA_LEAK: "Data leak",
  OUTAGE: "Outage",
  SERVICE_WITHDRAWAL: "Service withdrawal",
  EXPORT_RESTRICTION: "Export-control restriction",
};

export const DISCLOSURE_LABELS: Record<IncidentDisclosure, string> = {
  VENDOR: "Disclosed by the vendor",
  DISCOVERED: "Discovered otherwise (press, researchers, our monitoring)",
};

export const REMEDY_KIND_LABELS: Record<RemedyKind, string> = {
  SERVICE_CREDIT: "Service credit",
  REFUND: "Refund",
  INDEMNITY: "Indemnity",
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High", CRITICAL: "Critical" };

/** Common ISO 4217 codes offered for remedies (the ledger never converts between them). */
export const CURRENCIES = ["USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "SGD", "HKD", "CNY", "INR", "KRW", "BRL", "MXN", "ZAR", "ILS", "AED"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** "$1,250.00", "€80.00": an amount in its own currency. */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(amount);
}
