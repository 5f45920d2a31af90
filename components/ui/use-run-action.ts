"use client";

import { useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { actionFailed } from "@/lib/action-failure";
import { toast } from "@/components/ui/toast";

/** Runs a server action in a transition and reports the outcome in a toast. */
export function useRunAction() {
  const [pending, startTransition] = useTransition();
  function run<T>(fn: () => Promise<ActionResult<T>>, success?: string, onDone?: (data: T) => void) {
    startTransition(async () => {
      const result = await fn().catch(actionFailed);
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      if (success) toast.success(success);
      onDone?.(result.data);
    });
  }
  return { pending, run };
}
