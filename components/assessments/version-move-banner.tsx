"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { ArrowUpCircle, Loader2 } from "lucide-react";
import { moveToVersionAction } from "@/app/(app)/assessments/actions";
import type { VersionMovePreview } from "@/lib/server/assessments/get-version-move";
import { actionFailed } from "@/lib/action-failure";
import { useFlushAnswers } from "@/components/questionnaire/questionnaire-form";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";

const count = (n: number, one: string, many = `${one}s`) => `${n === 0 ? "No" : n} ${n === 1 ? one : many}`;

/**
 * On a draft whose questionnaire has a newer published version: says so and offers to move the
 * draft to it, after a dialog saying what the move does (from getVersionMove). Saves the form's
 * pending edits first (so the move works on the latest answers and version), then reloads the page.
 */
export function VersionMoveBanner({ assessmentId, move }: { assessmentId: string; move: VersionMovePreview }) {
  const router = useRouter();
  const flush = useFlushAnswers();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { from, to } = move;

  async function confirm() {
    setBusy(true);
    try {
      const version = await flush();
      if (version === null) return void toast.error("Your unsaved answers could not be saved first; resolve that, then move the draft again.");
      const result = await moveToVersionAction({ assessmentId, move: { version, to } }).catch(actionFailed);
      if (!result.ok) return void toast.error(result.error.message);
      setOpen(false);
      toast.success(
        result.data.toConfirm
          ? `Moved to questionnaire v${to}: confirm the ${count(result.data.toConfirm, "answer")} carried over.`
          : `Moved to questionnaire v${to}.`,
      );
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      role="region"
      aria-label="Newer questionnaire version"
      data-testid="version-move-banner"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950"
    >
      <p className="flex min-w-0 items-start gap-2">
        <ArrowUpCircle className="mt-0.5 size-4 shrink-0 text-sky-700" aria-hidden />
        <span>
          <span className="font-medium">Questionnaire v{to} is published.</span> This draft is on v{from}.
        </span>
      </p>
      <Button size="sm" onClick={() => setOpen(true)}>
        Move to v{to}
      </Button>
      <Dialog open={open} onOpenChange={(next) => !busy && setOpen(next)}>
        <DialogContent className="max-h-[90vh] overflow-y-auto">
          <DialogHeader>
            <DialogTitle>Move this draft to questionnaire v{to}?</DialogTitle>
            <DialogDescription>The draft is answered against v{to} from then on; it cannot go back to v{from}.</DialogDescription>
          </DialogHeader>
          <ul className="grid list-disc gap-1.5 pl-5 text-sm" aria-label="What moving does">
            <li>
              <span className="font-medium">{count(move.toConfirm, "answer")}</span> carried over for you to confirm
              {move.toConfirm ? " (submit waits until each is confirmed or changed)" : ""}.
            </li>
            <li>
              <span className="font-medium">{count(move.added, "new question")}</span>.
            </li>
            <li>
              <span className="font-medium">{count(move.changed, "changed question")}</span> to answer again
              {move.cleared ? `: ${count(move.cleared, "answer")} cleared, ${move.cleared === 1 ? "its" : "their"} comment, link and files kept` : ""}.
            </li>
            <li>
              Answers to {move.kept ? <span className="font-medium">{count(move.kept, "question")}</span> : "questions"} v{to} no longer asks are kept in the history (not scored).
            </li>
          </ul>
          <DialogFooter className="flex-wrap">
            <DialogClose asChild>
              <Button variant="outline" disabled={busy}>
                Cancel
              </Button>
            </DialogClose>
            <Button onClick={confirm} disabled={busy}>
              {busy && <Loader2 className="animate-spin" aria-hidden />}
              Move to v{to}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
