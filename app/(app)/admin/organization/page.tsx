import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { getOrganization } from "@/lib/server/organization/get-organization";
import { PageHeader } from "@/components/shell/app-shell";
import { OrganizationForm } from "@/components/organization/organization-form";
import { OrganizationLogo } from "@/components/organization/organization-logo";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationPage() {
  const actor = await requirePageActor("organization:manage");
  const org = await getOrganization({ actor });
  return (
    <>
      <PageHeader
        title="Organisation"
        description="Who is asking: shown to vendors on their questionnaire link, on the scorecard and contract exhibit PDFs, in emails and in the header."
      />
      <div className="grid max-w-4xl gap-6">
        <OrganizationForm
          configured={org.configured}
          version={org.version}
          initial={{ name: org.name, legalName: org.legalName, address: org.address, jurisdiction: org.jurisdiction, contactEmail: org.contactEmail ?? "" }}
        />
        <OrganizationLogo configured={org.configured} logo={org.logo ? { contentType: org.logo.contentType, sha256: org.logo.sha256 } : null} />
      </div>
    </>
  );
}
