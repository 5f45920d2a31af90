"use client";

import { useState, useTransition } from "react";
import { Check, Copy, Loader2 } from "lucide-react";
import { resetPasswordAction } from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";

/** Asks, resets, then shows the temporary password once. */
export function ResetPasswordButton({ user }: { user: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  function reset() {
    startTransition(async () => {
      const result = await resetPasswordAction({ userId: user.id });
      if (!result.ok) {
        toast.error(result.error.message);
        setOpen(false);
        return;
      }
      setTemporary(result.data.temporaryPassword);
    });
  }

  return (
    <>
      <Button variant="outline" size="sm" onClick={() => setOpen(true)}>
        Reset password
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) {
            setTemporary(null);
            setCopied(false);
          }
        }}
      >
        <DialogContent>
          {temporary ? (
            <>
              <DialogHeader>
                <DialogTitle>Temporary password for {user.name}</DialogTitle>
                <DialogDescription>
                  Give it to {user.name} through a secure channel: this is the only time it is shown. They must choose a new password when they sign in with it.
                </DialogDescription>
              </DialogHeader>
              <div className="flex gap-2">
                <Input readOnly value={temporary} aria-label="Temporary password" className="font-mono" onFocus={(e) => e.target.select()} />
                <Button
                  variant="outline"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(temporary).catch(() => {});
                    setCopied(true);
                  }}
                >
                  {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? "Copied" : "Copy"}
                </Button>
              </div>
              <DialogFooter>
                <DialogClose asChild>
                  <Button>Done</Button>
                </DialogClose>
              </DialogFooter>
            </>
          ) : (
            <>
              <DialogHeader>
                <DialogTitle>Reset the password of {user.name}?</DialogTitle>
                <DialogDescription>
                  Their current password stops working and they are signed out everywhere. You get a temporary password to pass on; at their next sign-in they must replace it before anything else.
                </DialogDescription>
              </DialogHeader>
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="outline">Cancel</Button>
                </DialogClose>
                <Button variant="destructive" disabled={pending} onClick={reset}>
                  {pending && <Loader2 className="animate-spin" aria-hidden />}
                  Reset password
                </Button>
              </DialogFooter>
            </>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
