"use client";

import { useState, useTransition } from "react";
import { Rocket } from "lucide-react";
import type { ActionResult } from "@/lib/action";
import type { ErrorBody } from "@/lib/errors";
import { actionFailed } from "@/lib/action-failure";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { IssueList } from "@/components/ui/issue-list";
import { toast } from "@/components/ui/toast";

/** "Publish" with a confirmation; what stops publishing is listed in a dialog (templates, clause library). */
export function PublishButton({ publish, description, success }: { publish: () => Promise<ActionResult<unknown>>; description: string; success: string }) {
  const [problem, setProblem] = useState<ErrorBody["error"] | null>(null);
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await publish().catch(actionFailed);
      if (result.ok) toast.success(success);
      else if (result.error.code === "VALIDATION_ERROR") setProblem(result.error);
      else toast.error(result.error.message);
    });
  return (
    <>
      <ConfirmButton disabled={pending} title="Publish this version?" description={description} confirmLabel="Publish" confirmVariant="default" onConfirm={run}>
        <Rocket /> Publish
      </ConfirmButton>
      <Dialog open={!!problem} onOpenChange={(open) => !open && setProblem(null)}>
        <DialogContent className="max-w-2xl">
          <DialogHeader>
            <DialogTitle>Not published</DialogTitle>
            <DialogDescription>Fix these and publish again.</DialogDescription>
          </DialogHeader>
          {problem && <IssueList message={problem.message} issues={problem.issues} />}
        </DialogContent>
      </Dialog>
    </>
  );
}
