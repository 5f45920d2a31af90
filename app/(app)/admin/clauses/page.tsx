import type { Metadata } from "next";
import Link from "next/link";
import { Scale } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/format";
import { listLibraryVersions } from "@/lib/server/clauses/list-library-versions";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ImportJsonDialog } from "@/components/ui/import-json-dialog";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TemplateStatusBadge } from "@/components/templates/status-badge";
import { importLibraryAction } from "./actions";

export const metadata: Metadata = { title: "Clause library" };

export default async function ClauseLibraryPage() {
  const actor = await requirePageActor("template:manage");
  const versions = await listLibraryVersions({ actor });
  return (
    <>
      <PageHeader
        title="Clause library"
        description="The clauses contract exhibits are composed from: standard clauses every exhibit carries, and clauses the answers that fall short call for, with their parameters, defined terms and fallback positions. Published versions are frozen; a submitted assessment's exhibit keeps the version it was submitted with."
        actions={
          <ImportJsonDialog
            title="Import a clause library"
            description="A file in the vendorscope.clauses/v1 format (see prisma/clauses/) becomes the next draft version of its library. Nothing is written if any field is invalid."
            fileLabel="Clause library file (.json)"
            importAction={importLibraryAction}
            draftPath="/admin/clauses/"
          />
        }
      />
      {versions.length === 0 ? (
        <EmptyState icon={<Scale className="size-8" />} title="No clause library stored yet">
          Exhibits use the library shipped with the application until one is imported and published (npm run db:deploy installs it).
        </EmptyState>
      ) : (
        <Card>
          <CardHeader>
            <CardTitle>{versions[0]!.name}</CardTitle>
            <CardDescription>Each version with its clauses and the submitted assessments whose exhibits use it.</CardDescription>
          </CardHeader>
          <div className="overflow-x-auto">
            <Table aria-label="Clause library versions">
              <TableHeader>
                <TableRow>
                  <TableHead>Version</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead className="text-right">Standard clauses</TableHead>
                  <TableHead className="text-right">Gap clauses</TableHead>
                  <TableHead className="text-right">Definitions</TableHead>
                  <TableHead className="text-right">Exhibits pinned</TableHead>
                  <TableHead>Published</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {versions.map((v) => (
                  <TableRow key={v.id}>
                    <TableCell>
                      <Link href={`/admin/clauses/${v.id}`} className="font-medium text-primary hover:underline">
                        Version {v.number}
                      </Link>
                      {versions.some((x) => x.libraryKey !== versions[0]!.libraryKey) && <span className="block text-xs text-muted-foreground">{v.name}</span>}
                    </TableCell>
                    <TableCell>
                      <TemplateStatusBadge status={v.status} />
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{v.standard}</TableCell>
                    <TableCell className="text-right tabular-nums">{v.gap}</TableCell>
                    <TableCell className="text-right tabular-nums">{v.definitions}</TableCell>
                    <TableCell className="text-right tabular-nums">{v.assessments}</TableCell>
                    <TableCell>{v.publishedAt ? formatDate(v.publishedAt) : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </Card>
      )}
    </>
  );
}
