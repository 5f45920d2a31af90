import type { Metadata } from "next";
import Link from "next/link";
import { FileDown, Plus } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { parseSearchParams } from "@/lib/search-params";
import { vendorListQuerySchema } from "@/lib/validation/vendor";
import { listOwnerChoices } from "@/lib/server/vendors/list-users-for-owner";
import { listVendors } from "@/lib/server/vendors/list-vendors";
import { PageHeader } from "@/components/shell/app-shell";
import { Button } from "@/components/ui/button";
import { UrlIssues } from "@/components/ui/url-issues";
import { VendorTable } from "@/components/vendors/vendor-table";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("vendor:read");
  const { query, issues } = parseSearchParams(vendorListQuerySchema, await searchParams);
  const [result, owners] = await Promise.all([listVendors({ actor, query }), listOwnerChoices({ actor })]);
  // Exports take the register's filters and order, not its page.
  const filters = new URLSearchParams(
    Object.entries({ q: query.q, rating: query.rating, tier: query.tier?.toString(), status: query.status, owner: query.owner, overdue: query.overdue ? "1" : undefined, sort: query.sort, order: query.order }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  ).toString();
  return (
    <>
      <PageHeader
        title="Vendors"
        description="AI vendors, the models your organisation uses from them, their inherent-risk tier, vendor risk rating (the questionnaire raised by open findings and recent incidents), questionnaire score, and when they are due for review."
        actions={
          <>
            <Button asChild variant="outline">
              <a href={`/vendors/export?format=csv&${filters}`} download>
                <FileDown aria-hidden /> CSV
              </a>
            </Button>
            <Button asChild variant="outline">
              <a href={`/vendors/export?format=xlsx&${filters}`} download>
                <FileDown aria-hidden /> Excel
              </a>
            </Button>
            {can(actor.role, "vendor:write") && (
              <Button asChild>
                <Link href="/vendors/new">
                  <Plus aria-hidden /> Register vendor
                </Link>
              </Button>
            )}
          </>
        }
      />
      <UrlIssues issues={issues} resetHref="/vendors" />
      <VendorTable {...result} sort={query.sort} order={query.order} owners={owners} />
    </>
  );
}
