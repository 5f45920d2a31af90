import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { findingListQuerySchema } from "@/lib/validation/assessment";
import { findingSelect } from "./finding-dto";

/**
 * Findings filtered by vendor, assessment and status (each optional), assessment- and vendor-level
 * alike: worst first, then the earliest due, then the oldest. A bad query is a 400 (ZodError).
 */
export async function listFindings({ actor, query }: { actor: Actor; query: z.input<typeof findingListQuerySchema> }) {
  assertCan(actor, "assessment:read");
  const { vendorId, assessmentId, status } = findingListQuerySchema.parse(query);
  const where: Prisma.FindingWhereInput = {
    ...(vendorId ? { vendorId } : {}),
    ...(assessmentId ? { assessmentId } : {}),
    ...(status ? { status } : {}),
  };
  const items = await db.finding.findMany({
    where,
    orderBy: [{ severity: "desc" }, { dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: findingSelect,
  });
  return { items };
}
