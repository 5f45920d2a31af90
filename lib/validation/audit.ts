import { z } from "zod";
import { storableString } from "./common";
import { pageParams } from "./paging";

export const auditQuerySchema = z.object({
  entity: storableString().trim().max(40).optional().transform((v) => v || undefined),
  entityId: storableString().trim().max(64).optional().transform((v) => v || undefined),
  ...pageParams,
});
export type AuditQuery = z.output<typeof auditQuerySchema>;
