import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** A finding as the API, the scorecard and the vendor page show it. */
export const findingSelect = {
  id: true,
  vendorId: true,
  assessmentId: true,
  incidentId: true,
  questionKey: true,
  title: true,
  description: true,
  severity: true,
  status: true,
  acceptedUntil: true,
  ownerId: true,
  owner: { select: { id: true, name: true } },
  dueDate: true,
  resolutionNote: true,
  resolvedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.FindingSelect;

export type FindingDto = Prisma.FindingGetPayload<{ select: typeof findingSelect }>;
