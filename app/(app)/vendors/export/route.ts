import { z } from "zod";
import { withApi } from "@/lib/api/handler";
import { AppError, issuesFromZod } from "@/lib/errors";
import { vendorListQuerySchema } from "@/lib/validation/vendor";
import { vendorCsvStream, vendorXlsxStream } from "@/lib/export/vendor-register";
import { exportVendors } from "@/lib/server/vendors/export-vendors";

export const runtime = "nodejs";

const exportQuerySchema = vendorListQuerySchema.extend({ format: z.enum(["csv", "xlsx"], { error: "format must be csv or xlsx." }) });

/** GET /vendors/export?format=csv|xlsx&…the register's filters: every matching vendor, streamed. */
export const GET = withApi(
  async ({ req, actor }) => {
    const parsed = exportQuerySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
    if (!parsed.success) throw new AppError("VALIDATION_ERROR", { issues: issuesFromZod(parsed.error) });
    const { format, ...query } = parsed.data;
    const rows = exportVendors({ actor, query });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(format === "csv" ? vendorCsvStream(rows) : vendorXlsxStream(rows), {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="vendor-register-${stamp}.${format}"`,
        "cache-control": "private, no-store",
      },
    });
  },
  { permission: "vendor:read" },
);
