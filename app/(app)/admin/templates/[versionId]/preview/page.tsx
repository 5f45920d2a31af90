import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/page";
import { getTemplateVersion } from "@/lib/server/templates/get-template-version";
import { PageHeader } from "@/components/shell/app-shell";
import { Button } from "@/components/ui/button";
import { RespondentPreview } from "@/components/templates/respondent-preview";

export const metadata: Metadata = { title: "Preview as respondent" };

export default async function PreviewPage({ params }: { params: Promise<{ versionId: string }> }) {
  const actor = await requirePageActor("template:manage");
  const version = await orNotFound(getTemplateVersion({ actor, versionId: (await params).versionId }));
  return (
    <>
      <PageHeader
        title={`Preview: ${version.template.name} v${version.number}`}
        description="What a respondent sees. Follow-up questions appear as you answer; the score on the right updates live. Nothing is saved."
        actions={
          <Button asChild variant="outline">
            <Link href={`/admin/templates/${version.id}`}>
              <ArrowLeft /> Back to the template
            </Link>
          </Button>
        }
      />
      <RespondentPreview sections={version.sections} />
    </>
  );
}
