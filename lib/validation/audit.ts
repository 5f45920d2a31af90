import { z } from "zod";
import { pageParams } from "./paging";

export const auditQuerySchema = z.object({
  entity: z.string().trim().max(40).optional().transform((v) => v || undefined),
  entityId: z.string().trim().max(64).optional().transform((v) => v || undefined),
  ...pageParams,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
