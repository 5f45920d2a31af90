import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/page";
import { getVendor } from "@/lib/server/vendors/get-vendor";
import { listOwnerChoices } from "@/lib/server/vendors/list-users-for-owner";
import { PageHeader } from "@/components/shell/app-shell";
import { VendorForm } from "@/components/vendors/vendor-form";

export const metadata: Metadata = { title: "Edit vendor" };

export default async function EditVendorPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("vendor:write");
  const [vendor, owners] = await Promise.all([orNotFound(getVendor({ actor, vendorId: (await params).id })), listOwnerChoices({ actor })]);
  return (
    <>
      <PageHeader title={`Edit ${vendor.name}`} />
      <VendorForm
        vendorId={vendor.id}
        version={vendor.version}
        owners={owners.some((o) => o.id === vendor.owner.id) ? owners : [...owners, { id: vendor.owner.id, name: `${vendor.owner.name} (inactive)` }]}
        initial={{
          name: vendor.name,
          website: vendor.website ?? "",
          country: vendor.country,
          description: vendor.description ?? "",
          ownerId: vendor.owner.id,
          products: vendor.products,
          dataSensitivity: vendor.dataSensitivity,
          businessCriticality: vendor.businessCriticality,
          integrationDepth: vendor.integrationDepth,
          regulatedUse: vendor.regulatedUse,
          incidentDisclosureHours: vendor.incidentDisclosureHours,
        }}
      />
    </>
  );
}
