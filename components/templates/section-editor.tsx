"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2 } from "lucide-react";
import type { z } from "zod";
import { saveSectionAction } from "@/app/(app)/admin/templates/actions";
import { sectionFieldsSchema, type SectionFieldsInput } from "@/lib/validation/template";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { IssueList } from "@/components/ui/issue-list";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";

const EMPTY: SectionFieldsInput = { key: "", title: "", description: "", weight: 5 };

export function SectionEditorDialog({
  open,
  onOpenChange,
  versionId,
  section,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  versionId: string;
  section?: SectionFieldsInput & { id: string };
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>{section ? `Edit section ${section.title}` : "Add section"}</DialogTitle>
          <DialogDescription>A section is one risk domain; its weight sets its share of the overall score.</DialogDescription>
        </DialogHeader>
        {open && <SectionForm versionId={versionId} section={section} onSaved={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function SectionForm({ versionId, section, onSaved }: { versionId: string; section?: SectionFieldsInput & { id: string }; onSaved: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SectionFieldsInput, unknown, z.output<typeof sectionFieldsSchema>>({
    resolver: zodResolver(sectionFieldsSchema),
    defaultValues: section ? { key: section.key, title: section.title, description: section.description, weight: section.weight } : EMPTY,
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await saveSectionAction({ versionId, sectionId: section?.id, section: values }).catch(actionFailed);
    if (result.ok) {
      toast.success(section ? `Saved ${values.title}.` : `Added ${values.title}.`);
      onSaved();
      return;
    }
    const issues = result.error.issues ?? [];
    for (const issue of issues) if (issue.path in EMPTY) form.setError(issue.path as keyof SectionFieldsInput, { message: issue.message });
    if (!issues.length) setFormError(result.error.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError && <IssueList message={formError} />}
      <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
        <Field id="s-key" label="Domain key" error={errors.key?.message}>
          <Input id="s-key" className="font-mono" aria-invalid={!!errors.key} {...form.register("key")} />
        </Field>
        <Field id="s-weight" label="Weight" error={errors.weight?.message}>
          <Input id="s-weight" type="number" step="any" aria-invalid={!!errors.weight} {...form.register("weight", { valueAsNumber: true })} />
        </Field>
      </div>
      <Field id="s-title" label="Title" error={errors.title?.message}>
        <Input id="s-title" aria-invalid={!!errors.title} {...form.register("title")} />
      </Field>
      <Field id="s-description" label="Description" error={errors.description?.message}>
        <Textarea id="s-description" rows={3} aria-invalid={!!errors.description} {...form.register("description")} />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {section ? "Save section" : "Add section"}
        </Button>
      </div>
    </form>
  );
}
