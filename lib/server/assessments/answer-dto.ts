import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AnswerValue } from "@/lib/scoring";

export const answerInclude = {
  updatedBy: { select: { name: true } },
  respondent: { select: { name: true } },
  files: {
    select: { id: true, filename: true, size: true, contentType: true, validUntil: true, respondentId: true, uploadedBy: { select: { name: true } }, respondent: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.AnswerInclude;

type AnswerRow = Prisma.AnswerGetPayload<{ include: typeof answerInclude }>;

export type EvidenceFileDto = {
  id: string;
  filename: string;
  size: number;
  contentType: string;
  validUntil: Date | null;
  /** Who uploaded it; byVendor when through a respondent link */
  uploadedBy: string | null;
  byVendor: boolean;
};

export type AnswerDto = {
  value: AnswerValue;
  comment: string | null;
  evidenceUrl: string | null;
  verified: boolean;
  verifiedAt: Date | null;
  /** VENDOR: claimed by the vendor's respondent; INTERNAL: given or edited inside */
  source: "INTERNAL" | "VENDOR";
  by: string | null;
  /** When the current answer was given */
  at: Date;
  /** Copied from the previous cycle, not yet confirmed or changed */
  carried: boolean;
  files: EvidenceFileDto[];
};

export function toAnswerDto(a: AnswerRow): AnswerDto {
  return {
    value: a.value as AnswerValue,
    comment: a.comment,
    evidenceUrl: a.evidenceUrl,
    verified: a.verified,
    verifiedAt: a.verifiedAt,
    source: a.source,
    by: a.source === "VENDOR" ? (a.respondent?.name ?? null) : (a.updatedBy?.name ?? null),
    at: a.updatedAt,
    carried: a.carried,
    files: a.files.map((f) => ({
      id: f.id,
      filename: f.filename,
      size: f.size,
      contentType: f.contentType,
      validUntil: f.validUntil,
      uploadedBy: f.respondentId ? (f.respondent?.name ?? "Vendor") : (f.uploadedBy?.name ?? null),
      byVendor: !!f.respondentId,
    })),
  };
}
