"use client";

import { createContext, useContext, useState } from "react";
import { useRouter } from "next/navigation";
import { ArrowDown, ArrowUp, CopyPlus, Pencil, Plus, Trash2 } from "lucide-react";
import {
  createDraftAction,
  deleteDraftAction,
  deleteQuestionAction,
  deleteSectionAction,
  moveQuestionAction,
  moveSectionAction,
  publishVersionAction,
} from "@/app/(app)/admin/templates/actions";
import type { QuestionDto, SectionDto } from "@/lib/server/templates/version-dto";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { PublishButton } from "@/components/ui/publish-button";
import { QuestionEditorDialog, type EarlierQuestion } from "./question-editor";
import { SectionEditorDialog } from "./section-editor";
import { useRunAction } from "@/components/ui/use-run-action";

type EditorContext = { versionId: string; sectionIds: string[]; questions: (EarlierQuestion & { id: string; sectionId: string })[] };
const Ctx = createContext<EditorContext | null>(null);

/** Gives the draft controls the version id and every question in order (for showIf choices). */
export function TemplateEditorProvider({ value, children }: { value: EditorContext; children: React.ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

function useEditor() {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error("TemplateEditorProvider missing");
  return ctx;
}

/** The questions a follow-up may point at: those before it in the version's order. */
function earlierThanQuestion(ctx: EditorContext, questionId: string) {
  return ctx.questions.slice(0, ctx.questions.findIndex((q) => q.id === questionId));
}

/** For a new question at the end of a section: every question of that section and the ones before. */
function earlierThanSectionEnd(ctx: EditorContext, sectionId: string) {
  const upTo = ctx.sectionIds.indexOf(sectionId);
  return ctx.questions.filter((q) => ctx.sectionIds.indexOf(q.sectionId) <= upTo);
}

export function QuestionControls({ question, sectionTitle, first, last }: { question: QuestionDto; sectionTitle: string; first: boolean; last: boolean }) {
  const ctx = useEditor();
  const [editing, setEditing] = useState(false);
  const { pending, run } = useRunAction();
  const ref = { versionId: ctx.versionId, questionId: question.id };
  return (
    <div className="flex shrink-0 gap-0.5">
      <Button variant="ghost" size="icon" aria-label={`Edit ${question.key}`} onClick={() => setEditing(true)}>
        <Pencil />
      </Button>
      <Button variant="ghost" size="icon" aria-label={`Move ${question.key} up`} disabled={first || pending} onClick={() => run(() => moveQuestionAction({ ...ref, direction: "up" }))}>
        <ArrowUp />
      </Button>
      <Button variant="ghost" size="icon" aria-label={`Move ${question.key} down`} disabled={last || pending} onClick={() => run(() => moveQuestionAction({ ...ref, direction: "down" }))}>
        <ArrowDown />
      </Button>
      <ConfirmButton
        variant="ghost"
        size="icon"
        aria-label={`Delete ${question.key}`}
        disabled={pending}
        title={`Delete ${question.key}?`}
        description="The question is removed from this draft. Published versions keep theirs."
        confirmLabel="Delete question"
        onConfirm={() => run(() => deleteQuestionAction(ref), `Deleted ${question.key}.`)}
      >
        <Trash2 />
      </ConfirmButton>
      <QuestionEditorDialog
        open={editing}
        onOpenChange={setEditing}
        versionId={ctx.versionId}
        sectionId={question.sectionId}
        sectionTitle={sectionTitle}
        question={question}
        earlier={earlierThanQuestion(ctx, question.id)}
      />
    </div>
  );
}

export function SectionControls({ section, first, last }: { section: SectionDto; first: boolean; last: boolean }) {
  const ctx = useEditor();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const { pending, run } = useRunAction();
  const ref = { versionId: ctx.versionId, sectionId: section.id };
  return (
    <div className="flex flex-wrap gap-1">
      <Button variant="outline" size="sm" onClick={() => setAdding(true)}>
        <Plus /> Add question
      </Button>
      <Button variant="ghost" size="icon" aria-label={`Edit section ${section.key}`} onClick={() => setEditing(true)}>
        <Pencil />
      </Button>
      <Button variant="ghost" size="icon" aria-label={`Move section ${section.key} up`} disabled={first || pending} onClick={() => run(() => moveSectionAction({ ...ref, direction: "up" }))}>
        <ArrowUp />
      </Button>
      <Button variant="ghost" size="icon" aria-label={`Move section ${section.key} down`} disabled={last || pending} onClick={() => run(() => moveSectionAction({ ...ref, direction: "down" }))}>
        <ArrowDown />
      </Button>
      <ConfirmButton
        variant="ghost"
        size="icon"
        aria-label={`Delete section ${section.key}`}
        disabled={pending}
        title={`Delete the section ${section.title}?`}
        description={`Its ${section.questions.length} questions are removed from this draft too.`}
        confirmLabel="Delete section"
        onConfirm={() => run(() => deleteSectionAction(ref), `Deleted ${section.title}.`)}
      >
        <Trash2 />
      </ConfirmButton>
      <SectionEditorDialog open={editing} onOpenChange={setEditing} versionId={ctx.versionId} section={section} />
      <QuestionEditorDialog
        open={adding}
        onOpenChange={setAdding}
        versionId={ctx.versionId}
        sectionId={section.id}
        sectionTitle={section.title}
        earlier={earlierThanSectionEnd(ctx, section.id)}
      />
    </div>
  );
}

export function AddSectionButton() {
  const ctx = useEditor();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="outline" onClick={() => setOpen(true)}>
        <Plus /> Add section
      </Button>
      <SectionEditorDialog open={open} onOpenChange={setOpen} versionId={ctx.versionId} />
    </>
  );
}

export function PublishVersionButton({ versionId }: { versionId: string }) {
  return (
    <PublishButton
      publish={() => publishVersionAction({ versionId })}
      description="A published version is frozen: it can no longer be edited, only copied into a new draft. The current published version of this template is retired; assessments keep the version they started on."
      success="Published. New assessments will use this version."
    />
  );
}

export function NewDraftButton({ versionId }: { versionId: string }) {
  const router = useRouter();
  const { pending, run } = useRunAction();
  return (
    <Button
      variant="outline"
      disabled={pending}
      onClick={() => run(() => createDraftAction({ versionId }), undefined, (d) => {
        toast.success(`Draft version ${d.number} created.`);
        router.push(`/admin/templates/${d.versionId}`);
      })}
    >
      <CopyPlus /> New draft from this version
    </Button>
  );
}

export function DeleteDraftButton({ versionId }: { versionId: string }) {
  const router = useRouter();
  const { pending, run } = useRunAction();
  return (
    <ConfirmButton
      variant="outline"
      disabled={pending}
      title="Delete this draft?"
      description="All its sections and questions are discarded. Published versions are not affected."
      confirmLabel="Delete draft"
      onConfirm={() => run(() => deleteDraftAction({ versionId }), "Draft deleted.", () => router.push("/admin/templates"))}
    >
      <Trash2 /> Delete draft
    </ConfirmButton>
  );
}
