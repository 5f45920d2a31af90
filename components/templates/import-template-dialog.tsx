"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FileUp, Loader2 } from "lucide-react";
import { importTemplateAction } from "@/app/(app)/admin/templates/actions";
import type { ErrorBody } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { IssueList } from "@/components/ui/issue-list";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";
import { fileTooLarge, TEMPLATE_FILE_BYTES } from "@/lib/limits";


export function ImportTemplateDialog() {
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
    const result = await importTemplateAction({ json: await file.text() }).catch(actionFailed);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    toast.success(`Imported as draft version ${result.data.number}.`);
    setOpen(false);
    router.push(`/admin/templates/${result.data.versionId}`);
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
          <DialogTitle>Import a template</DialogTitle>
          <DialogDescription>
            A file in the vendorscope.template/v1 format becomes a new draft version of the template with the same key, or a new
            template. Nothing is written if any field is invalid.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="grid gap-4" noValidate>
          {error && <IssueList message={error.message} issues={error.issues} />}
          <Field id="template-file" label="Template file (.json)">
            <Input id="template-file" type="file" accept="application/json,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
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
