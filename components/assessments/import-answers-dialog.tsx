"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FileSpreadsheet, Loader2, Upload } from "lucide-react";
import { confirmImportAction, previewImportAction } from "@/app/(app)/assessments/actions";
import type { ImportPreview } from "@/lib/server/assessments/preview-import";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { IssueList } from "@/components/ui/issue-list";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";
import { fileTooLarge, WORKBOOK_IMPORT_BYTES } from "@/lib/limits";

/**
 * Import answers from the offline workbook: upload → preview (changes and invalid rows) → confirm.
 * `beforeApply` saves pending edits first and returns the version to apply on.
 */
export function ImportAnswersDialog({ assessmentId, beforeApply }: { assessmentId: string; beforeApply: () => Promise<number | null> }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function reset(next: boolean) {
    setOpen(next);
    setFile(null);
    setPreview(null);
    setError(null);
  }

  async function read() {
    if (!file) return setError("Choose the filled-in .xlsx workbook.");
    if (file.size > WORKBOOK_IMPORT_BYTES) return setError(fileTooLarge(WORKBOOK_IMPORT_BYTES));
    setBusy(true);
    setError(null);
    const form = new FormData();
    form.set("assessmentId", assessmentId);
    form.set("file", file);
    const result = await previewImportAction(form).catch(actionFailed);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setPreview(result.data);
  }

  async function apply() {
    if (!preview) return;
    setBusy(true);
    const version = await beforeApply();
    if (version === null) {
      setBusy(false);
      return setError("Your unsaved answers could not be saved first; resolve that, then import again.");
    }
    const result = await confirmImportAction({
      assessmentId,
      body: { version, answers: preview.changes.map((c) => ({ questionKey: c.questionKey, ...c.answer })) },
    }).catch(actionFailed);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    toast.success(`Imported ${result.data.changed} answer${result.data.changed === 1 ? "" : "s"}.`);
    reset(false);
    router.refresh();
  }

  const blocked = !preview || preview.issues.length > 0 || preview.changes.length === 0;
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => reset(true)}>
        <Upload aria-hidden /> Import answers (XLSX)
      </Button>
      <Dialog open={open} onOpenChange={reset}>
        <DialogContent className="max-h-[90vh] max-w-3xl overflow-y-auto">
          <DialogHeader>
            <DialogTitle>Import answers from a workbook</DialogTitle>
            <DialogDescription>
              Use the workbook exported from this assessment (Export answers). You will see every change and every invalid row before anything is saved.
            </DialogDescription>
          </DialogHeader>
          {error && <IssueList message={error} />}
          {!preview ? (
            <div className="grid gap-4">
              <Field id="import-file" label="Filled-in workbook (.xlsx)">
                <Input id="import-file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
              </Field>
              <DialogFooter>
                <Button onClick={read} disabled={busy}>
                  {busy ? <Loader2 className="animate-spin" aria-hidden /> : <FileSpreadsheet aria-hidden />} Preview the import
                </Button>
              </DialogFooter>
            </div>
          ) : (
            <div className="grid gap-4 text-sm">
              <p>
                {preview.changes.length} change{preview.changes.length === 1 ? "" : "s"}, {preview.unchanged} unchanged, {preview.issueCount} invalid row{preview.issueCount === 1 ? "" : "s"}{preview.issueCount > preview.issues.length ? ` (the first ${preview.issues.length} listed)` : ""}.
              </p>
              {preview.issues.length > 0 && (
                <IssueList
                  message="Nothing can be imported until these rows are fixed in the workbook:"
                  issues={preview.issues.map((i) => ({ path: `${i.sheet}${i.row ? ` row ${i.row}` : ""}${i.questionKey ? ` (${i.questionKey})` : ""}`, message: i.message }))}
                />
              )}
              {preview.changes.length > 0 && (
                <Table aria-label="Changes">
                  <TableHeader>
                    <TableRow>
                      <TableHead>Question</TableHead>
                      <TableHead>Now</TableHead>
                      <TableHead>From the workbook</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {preview.changes.map((c) => (
                      <TableRow key={c.questionKey}>
                        <TableCell className="max-w-80">
                          <p className="line-clamp-2">{c.question}</p>
                          <p className="font-mono text-xs text-muted-foreground">{c.questionKey}</p>
                        </TableCell>
                        <TableCell className="text-muted-foreground">{c.before}</TableCell>
                        <TableCell className="font-medium">{c.after}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
              <DialogFooter>
                <Button variant="outline" onClick={() => setPreview(null)}>
                  Choose another file
                </Button>
                <Button onClick={apply} disabled={busy || blocked}>
                  {busy && <Loader2 className="animate-spin" aria-hidden />}
                  Apply {preview.changes.length} change{preview.changes.length === 1 ? "" : "s"}
                </Button>
              </DialogFooter>
            </div>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
