"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CopyPlus, Loader2, Pencil } from "lucide-react";
import type { z } from "zod";
import { createLibraryDraftAction, publishLibraryAction, updateClauseAction } from "@/app/(app)/admin/clauses/actions";
import { clauseFieldsSchema, type ClauseFields } from "@/lib/validation/clause-library";
import type { ErrorBody } from "@/lib/errors";
import { actionFailed } from "@/lib/action-failure";
import { Button } from "@/components/ui/button";
import { PublishButton } from "@/components/ui/publish-button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { IssueList } from "@/components/ui/issue-list";
import { toast } from "@/components/ui/toast";
import { useRunAction } from "@/components/ui/use-run-action";

/** Edit one clause of a draft library: title, text with {{parameters}}, fallback position. */
export function EditClauseButton({ versionId, clauseKey, clause }: { versionId: string; clauseKey: string; clause: ClauseFields }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" size="icon" aria-label={`Edit clause ${clauseKey}`} onClick={() => setOpen(true)}>
        <Pencil />
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Edit {clause.title}</DialogTitle>
            <DialogDescription>
              Parameters are written {"{{name:number=72}}"} or {"{{name:text}}"}; one name is one obligation, with the same type and default wherever it is used.
            </DialogDescription>
          </DialogHeader>
          {open && <ClauseForm versionId={versionId} clauseKey={clauseKey} clause={clause} onSaved={() => setOpen(false)} />}
        </DialogContent>
      </Dialog>
    </>
  );
}

function ClauseForm({ versionId, clauseKey, clause, onSaved }: { versionId: string; clauseKey: string; clause: ClauseFields; onSaved: () => void }) {
  const [formError, setFormError] = useState<ErrorBody["error"] | null>(null);
  const form = useForm<ClauseFields, unknown, z.output<typeof clauseFieldsSchema>>({
    resolver: zodResolver(clauseFieldsSchema),
    defaultValues: { title: clause.title, body: clause.body, fallback: clause.fallback ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateClauseAction({ versionId, clauseKey, clause: values }).catch(actionFailed);
    if (result.ok) {
      toast.success(`Saved ${values.title}.`);
      onSaved();
      return;
    }
    const issues = result.error.issues ?? [];
    const mine = issues.filter((i) => i.path === "title" || i.path === "body" || i.path === "fallback");
    for (const issue of mine) form.setError(issue.path as keyof ClauseFields, { message: issue.message });
    if (mine.length < issues.length || !issues.length) setFormError(result.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError && <IssueList message={formError.message} issues={formError.issues} />}
      <Field id="c-title" label="Title" error={errors.title?.message}>
        <Input id="c-title" aria-invalid={!!errors.title} {...form.register("title")} />
      </Field>
      <Field id="c-body" label="Clause text" error={errors.body?.message}>
        <Textarea id="c-body" rows={8} aria-invalid={!!errors.body} {...form.register("body")} />
      </Field>
      <Field id="c-fallback" label="Fallback position (negotiation memo only)" error={errors.fallback?.message}>
        <Textarea id="c-fallback" rows={3} aria-invalid={!!errors.fallback} {...form.register("fallback")} />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          Save clause
        </Button>
      </div>
    </form>
  );
}

export function PublishLibraryButton({ versionId }: { versionId: string }) {
  return (
    <PublishButton
      publish={() => publishLibraryAction({ versionId })}
      description="A published version is frozen. Exhibits of drafts and of assessments submitted from now on use it; every submitted assessment keeps the version it was submitted with."
      success="Published. New exhibits use this version; submitted assessments keep theirs."
    />
  );
}

export function CreateLibraryDraftButton({ versionId }: { versionId: string }) {
  const router = useRouter();
  const { pending, run } = useRunAction();
  return (
    <Button variant="outline" disabled={pending} onClick={() => run(() => createLibraryDraftAction({ versionId }), "Draft created.", (data) => router.push(`/admin/clauses/${data.versionId}`))}>
      <CopyPlus /> Create a draft from this version
    </Button>
  );
}
