import type { Metadata } from "next";
import Link from "next/link";
import { FileQuestion } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { listTemplates } from "@/lib/server/templates/list-templates";
import { formatDate } from "@/lib/format";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ImportJsonDialog } from "@/components/ui/import-json-dialog";
import { importTemplateAction } from "./actions";
import { TemplateStatusBadge } from "@/components/templates/status-badge";

export const metadata: Metadata = { title: "Questionnaire templates" };

export default async function TemplatesPage() {
  const actor = await requirePageActor("template:manage");
  const templates = await listTemplates({ actor });
  return (
    <>
      <PageHeader
        title="Questionnaire templates"
        description="The questionnaires vendors are assessed against. Published versions are frozen: assessments keep the version they started on, so editing a template never changes a past score."
        actions={
          <ImportJsonDialog
            title="Import a template"
            description="A file in the vendorscope.template/v1 format becomes a new draft version of the template with the same key, or a new template. Nothing is written if any field is invalid."
            fileLabel="Template file (.json)"
            importAction={importTemplateAction}
            draftPath="/admin/templates/"
          />
        }
      />
      {templates.length === 0 ? (
        <EmptyState icon={<FileQuestion className="size-8" />} title="No templates yet">
          Import a template JSON file (see prisma/templates/ for the default one).
        </EmptyState>
      ) : (
        <div className="grid gap-6">
          {templates.map((t) => (
            <Card key={t.id}>
              <CardHeader>
                <CardTitle>{t.name}</CardTitle>
                {t.description && <CardDescription className="max-w-4xl">{t.description}</CardDescription>}
              </CardHeader>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead>Version</TableHead>
                    <TableHead>Status</TableHead>
                    <TableHead>Sections</TableHead>
                    <TableHead>Questions</TableHead>
                    <TableHead>Published</TableHead>
                    <TableHead>Created</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {t.versions.map((v) => (
                    <TableRow key={v.id}>
                      <TableCell>
                        <Link href={`/admin/templates/${v.id}`} className="font-medium text-primary hover:underline">
                          Version {v.number}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <TemplateStatusBadge status={v.status} />
                      </TableCell>
                      <TableCell>{v._count.sections}</TableCell>
                      <TableCell>{v._count.questions}</TableCell>
                      <TableCell>{v.publishedAt ? formatDate(v.publishedAt) : "—"}</TableCell>
                      <TableCell>{formatDate(v.createdAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
