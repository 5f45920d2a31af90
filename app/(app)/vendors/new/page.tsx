import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { listOwnerChoices } from "@/lib/server/vendors/list-users-for-owner";
import { PageHeader } from "@/components/shell/app-shell";
import { VendorForm } from "@/components/vendors/vendor-form";

export const metadata: Metadata = { title: "Register vendor" };

export default async function NewVendorPage() {
  const actor = await requirePageActor("vendor:write");
  const owners = await listOwnerChoices({ actor });
  return (
    <>
      <PageHeader title="Register an AI vendor" description="Who the vendor is, which of its AI products and models you use, and how much you depend on it." />
      <VendorForm
        owners={owners}
        initial={{
          name: "",
          website: "",
          country: "",
          description: "",
          ownerId: actor.id,
          products: [{ name: "", model: "" }],
          dataSensitivity: "INTERNAL",
          businessCriticality: "MEDIUM",
          integrationDepth: "API_INTEGRATION",
          regulatedUse: false,
          incidentDisclosureHours: 72,
        }}
      />
    </>
  );
}
