import type { Metadata } from "next";
import { Building2 } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  await requirePageActor("vendor:read");
  return (
    <>
      <PageHeader title="Vendors" description="AI vendors, the models your organisation uses from them, their tier and latest rating." />
      <EmptyState icon={<Building2 className="size-8" />} title="No vendors registered yet">
        The vendor register arrives with the assessment workflow.
      </EmptyState>
    </>
  );
}
