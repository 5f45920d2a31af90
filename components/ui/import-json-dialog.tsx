"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FileUp, Loader2 } from "lucide-react";
import type { ActionResult } from "@/lib/action";
import type { ErrorBody } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { IssueList } from "@/components/ui/issue-list";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";
import { fileTooLarge, TEMPLATE_FILE_BYTES } from "@/lib/limits";


/**
 * "Import JSON": a file read in the browser, sent to an import action as { json }; on success the
 * admin lands on the new draft. Shared by questionnaire templates and the clause library.
 */
export function ImportJsonDialog({
  title,
  description,
  fileLabel,
  importAction,
  draftPath,
}: {
  title: string;
  description: string;
  fileLabel: string;
  importAction: (input: { json: string }) => Promise<ActionResult<{ versionId: string; number: number }>>;
  /** Where the new draft's page is: this path, then its id */
  draftPath: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ErrorBody["error"] | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (!file) return setError({ code: "VALIDATION_ERROR", message: "Choose a JSON file." });
    if (file.size > TEMPLATE_FILE_BYTES) return setError({ code: "PAYLOAD_TOO_LARGE", message: fileTooLarge(TEMPLATE_FILE_BYTES) });
    setBusy(true);
    const result = await importAction({ json: await file.text() }).catch(actionFailed);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    toast.success(`Imported as draft version ${result.data.number}.`);
    setOpen(false);
    router.push(`${draftPath}${result.data.versionId}`);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setError(null);
        setFile(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <FileUp aria-hidden /> Import JSON
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          {error && <IssueList message={error.message} issues={error.issues} />}
          <Field id="import-json-file" label={fileLabel}>
            <Input id="import-json-file" type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </Field>
          <DialogFooter>
            <Button type="submit" disabled={busy}>
              {busy && <Loader2 className="animate-spin" aria-hidden />}
              Import as draft
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
