"use client";

import { useState } from "react";
import { useFieldArray, useForm, useWatch, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2, Plus, Trash2 } from "lucide-react";
import { saveQuestionAction } from "@/app/(app)/admin/templates/actions";
import { answerChoices, QUESTION_TYPE_LABELS } from "@/lib/questionnaire/labels";
import { QUESTION_TYPES } from "@/lib/scoring/types";
import { questionSchema, type QuestionData, type QuestionInput } from "@/lib/validation/template";
import type { QuestionDto } from "@/lib/server/templates/version-dto";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input, Textarea } from "@/components/ui/input";
import { Field, Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { IssueList } from "@/components/ui/issue-list";
import { errorAt } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";

type Form = QuestionInput;

const EMPTY: Form = {
  key: "",
  text: "",
  guidance: "",
  evidence: "",
  type: "YES_NO",
  weight: 1,
  critical: false,
  allowNa: false,
  required: true,
  options: [],
  bands: [],
  unit: "",
  showIf: null,
  references: [{ framework: "", ref: "" }],
  clause: "",
};

function toForm(q: QuestionDto): Form {
  const { id: _id, sectionId: _s, order: _o, ...rest } = q;
  return { ...EMPTY, ...rest, options: rest.options ?? [], bands: rest.bands ?? [], unit: rest.unit ?? "", clause: rest.clause ?? "", showIf: rest.showIf ?? null };
}

/** Questions a follow-up may depend on: earlier ones whose answers are choices. */
export type EarlierQuestion = Pick<QuestionDto, "key" | "text" | "type" | "options" | "allowNa">;

export function QuestionEditorDialog({
  open,
  onOpenChange,
  versionId,
  sectionId,
  sectionTitle,
  question,
  earlier,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  versionId: string;
  sectionId: string;
  sectionTitle: string;
  question?: QuestionDto;
  earlier: EarlierQuestion[];
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90vh] max-w-3xl overflow-y-auto">
        <DialogHeader>
          <DialogTitle>{question ? `Edit question ${question.key}` : "Add question"}</DialogTitle>
          <DialogDescription>Section: {sectionTitle}</DialogDescription>
        </DialogHeader>
        {open && (
          <QuestionForm
            versionId={versionId}
            sectionId={sectionId}
            question={question}
            earlier={earlier.filter((q) => q.key !== question?.key && answerChoices(q).length > 0)}
            onSaved={() => onOpenChange(false)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function QuestionForm({
  versionId,
  sectionId,
  question,
  earlier,
  onSaved,
}: {
  versionId: string;
  sectionId: string;
  question?: QuestionDto;
  earlier: EarlierQuestion[];
  onSaved: () => void;
}) {
  const [formError, setFormError] = useState<{ message: string; issues?: { path: string; message: string }[] } | null>(null);
  const form = useForm<Form, unknown, QuestionData>({
    resolver: zodResolver(questionSchema),
    defaultValues: question ? toForm(question) : EMPTY,
  });
  const { register, setValue, formState } = form;
  const { errors, isSubmitting } = formState;
  const options = useFieldArray({ control: form.control, name: "options" });
  const bands = useFieldArray({ control: form.control, name: "bands" });
  const references = useFieldArray({ control: form.control, name: "references" });
  const type = useWatch({ control: form.control, name: "type" });
  const showIf = useWatch({ control: form.control, name: "showIf" });
  const showIfTarget = earlier.find((q) => q.key === showIf?.questionKey);
  const showIfValues = showIf ? (Array.isArray(showIf.equals) ? showIf.equals : [showIf.equals]) : [];

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const payload = {
      ...values,
      options: values.type === "CHOICE" || values.type === "MULTI" ? values.options : undefined,
      bands: values.type === "NUMBER" ? values.bands : undefined,
      unit: values.type === "NUMBER" ? values.unit : undefined,
    };
    const result = await saveQuestionAction({ versionId, sectionId, questionId: question?.id, question: payload }).catch(actionFailed);
    if (result.ok) {
      toast.success(question ? `Saved ${values.key}.` : `Added ${values.key}.`);
      onSaved();
      return;
    }
    const unplaced = [];
    for (const issue of result.error.issues ?? []) {
      if (issue.path in EMPTY || /^(options|bands|references|showIf)\./.test(issue.path)) form.setError(issue.path as FieldPath<Form>, { message: issue.message });
      else unplaced.push(issue);
    }
    setFormError({ message: result.error.message, issues: unplaced });
  });

  const err = (path: string) => errorAt(errors, path);

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {formError && <IssueList message={formError.message} issues={formError.issues} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="q-key" label="Key" error={err("key")} hint="Stable id, e.g. identity_org_kyc">
          <Input id="q-key" className="font-mono" aria-invalid={!!errors.key} {...register("key")} />
        </Field>
        <Field id="q-type" label="Answer type" error={err("type")}>
          <Select id="q-type" {...register("type")}>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="q-weight" label="Weight" error={err("weight")}>
          <Input id="q-weight" type="number" step="any" min="0" aria-invalid={!!errors.weight} {...register("weight", { valueAsNumber: true })} />
        </Field>
      </div>
      <Field id="q-text" label="Question" error={err("text")}>
        <Textarea id="q-text" rows={2} aria-invalid={!!errors.text} {...register("text")} />
      </Field>
      <Field id="q-guidance" label="Guidance for the respondent" error={err("guidance")}>
        <Textarea id="q-guidance" rows={3} aria-invalid={!!errors.guidance} {...register("guidance")} />
      </Field>
      <Field id="q-evidence" label="Evidence a reviewer should expect" error={err("evidence")}>
        <Textarea id="q-evidence" rows={2} aria-invalid={!!errors.evidence} {...register("evidence")} />
      </Field>
      <div className="flex flex-wrap gap-6">
        <CheckboxField label="Knock-out (critical)" hint="Worst answer caps the rating" {...register("critical")} />
        <CheckboxField label="Not applicable allowed" {...register("allowNa")} />
        <CheckboxField label="Required" hint="Must be answered before submit" {...register("required")} />
      </div>
      {err("critical") && <p className="text-xs font-medium text-destructive">{err("critical")}</p>}

      {(type === "CHOICE" || type === "MULTI") && (
        <fieldset className="grid gap-2 rounded-md border p-3">
          <legend className="px-1 text-sm font-medium">Options and their scores (0–1)</legend>
          {err("options") && <p className="text-xs font-medium text-destructive">{err("options")}</p>}
          {options.fields.map((f, i) => (
            <div key={f.id} className="grid grid-cols-[8rem_1fr_6rem_auto] items-start gap-2">
              <Input aria-label={`Option ${i + 1} value`} className="font-mono" placeholder="VALUE" {...register(`options.${i}.value`)} aria-invalid={!!err(`options.${i}.value`)} />
              <Input aria-label={`Option ${i + 1} label`} placeholder="Label" {...register(`options.${i}.label`)} aria-invalid={!!err(`options.${i}.label`)} />
              <Input aria-label={`Option ${i + 1} score`} type="number" step="any" {...register(`options.${i}.score`, { valueAsNumber: true })} aria-invalid={!!err(`options.${i}.score`)} />
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove option ${i + 1}`} onClick={() => options.remove(i)}>
                <Trash2 />
              </Button>
              {[err(`options.${i}.value`), err(`options.${i}.label`), err(`options.${i}.score`)].filter(Boolean).map((m) => (
                <p key={m} className="col-span-4 text-xs font-medium text-destructive">
                  {m}
                </p>
              ))}
            </div>
          ))}
          <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => options.append({ value: "", label: "", score: 0 })}>
            <Plus /> Add option
          </Button>
        </fieldset>
      )}

      {type === "NUMBER" && (
        <fieldset className="grid gap-2 rounded-md border p-3">
          <legend className="px-1 text-sm font-medium">Score bands (ascending; the first band whose limit is ≥ the answer scores; above all: 0)</legend>
          {err("bands") && <p className="text-xs font-medium text-destructive">{err("bands")}</p>}
          <Field id="q-unit" label="Unit" error={err("unit")}>
            <Input id="q-unit" placeholder="hours, days, requests per minute" {...register("unit")} />
          </Field>
          {bands.fields.map((f, i) => (
            <div key={f.id} className="grid grid-cols-[7rem_6rem_1fr_auto] items-start gap-2">
              <Input aria-label={`Band ${i + 1} up to`} type="number" step="any" placeholder="≤ max" {...register(`bands.${i}.max`, { valueAsNumber: true })} aria-invalid={!!err(`bands.${i}.max`)} />
              <Input aria-label={`Band ${i + 1} score`} type="number" step="any" placeholder="score" {...register(`bands.${i}.score`, { valueAsNumber: true })} aria-invalid={!!err(`bands.${i}.score`)} />
              <Input aria-label={`Band ${i + 1} label`} placeholder="Label (optional)" {...register(`bands.${i}.label`)} />
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove band ${i + 1}`} onClick={() => bands.remove(i)}>
                <Trash2 />
              </Button>
              {[err(`bands.${i}.max`), err(`bands.${i}.score`)].filter(Boolean).map((m) => (
                <p key={m} className="col-span-4 text-xs font-medium text-destructive">
                  {m}
                </p>
              ))}
            </div>
          ))}
          <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => bands.append({ max: 0, score: 1, label: "" })}>
            <Plus /> Add band
          </Button>
        </fieldset>
      )}

      <fieldset className="grid gap-2 rounded-md border p-3">
        <legend className="px-1 text-sm font-medium">Follow-up (showIf)</legend>
        <Field id="q-showif" label="Show this question only when" error={err("showIf.questionKey") ?? err("showIf.equals")}>
          <Select
            id="q-showif"
            value={showIf?.questionKey ?? ""}
            onChange={(e) => {
              const target = earlier.find((q) => q.key === e.target.value);
              setValue("showIf", target ? { questionKey: target.key, equals: answerChoices(target)[0]?.value ?? "YES" } : null, { shouldDirty: true });
            }}
          >
            <option value="">Always shown</option>
            {earlier.map((q) => (
              <option key={q.key} value={q.key}>
                {q.key} — {q.text.slice(0, 70)}
              </option>
            ))}
          </Select>
        </Field>
        {showIfTarget && (
          <div className="flex flex-wrap gap-4" role="group" aria-label="is answered">
            <Label className="w-full text-xs text-muted-foreground">is answered</Label>
            {answerChoices(showIfTarget).map((choice) => (
              <CheckboxField
                key={choice.value}
                label={choice.label}
                checked={showIfValues.includes(choice.value)}
                onChange={(e) => {
                  const next = e.target.checked ? [...showIfValues, choice.value] : showIfValues.filter((v) => v !== choice.value);
                  setValue("showIf", { questionKey: showIfTarget.key, equals: next.length === 1 ? next[0]! : next }, { shouldDirty: true });
                }}
              />
            ))}
          </div>
        )}
      </fieldset>

      <fieldset className="grid gap-2 rounded-md border p-3">
        <legend className="px-1 text-sm font-medium">Framework references</legend>
        {err("references") && <p className="text-xs font-medium text-destructive">{err("references")}</p>}
        {references.fields.map((f, i) => (
          <div key={f.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <Input aria-label={`Reference ${i + 1} framework`} placeholder="Framework, e.g. MITRE ATLAS" {...register(`references.${i}.framework`)} aria-invalid={!!err(`references.${i}.framework`)} />
            <Input aria-label={`Reference ${i + 1} id`} placeholder="Id, e.g. AML.T0024.002" {...register(`references.${i}.ref`)} aria-invalid={!!err(`references.${i}.ref`)} />
            <Button type="button" variant="ghost" size="icon" aria-label={`Remove reference ${i + 1}`} onClick={() => references.remove(i)}>
              <Trash2 />
            </Button>
          </div>
        ))}
        <Button type="button" variant="outline" size="sm" className="justify-self-start" onClick={() => references.append({ framework: "", ref: "" })}>
          <Plus /> Add reference
        </Button>
      </fieldset>

      <Field id="q-clause" label="Recommended contract clause (when the answer falls short)" error={err("clause")} hint="Use [brackets] for numbers or names to fill in, e.g. within [24] hours.">
        <Textarea id="q-clause" rows={3} {...register("clause")} />
      </Field>

      <div className="flex justify-end gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
          {question ? "Save question" : "Add question"}
        </Button>
      </div>
    </form>
  );
}
