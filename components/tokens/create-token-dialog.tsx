"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Check, Copy, KeyRound, Loader2 } from "lucide-react";
import type { z } from "zod";
import { createTokenAction } from "@/app/(app)/admin/tokens/actions";
import { createTokenSchema, type CreateTokenInput } from "@/lib/validation/token";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { IssueList } from "@/components/ui/issue-list";
import { actionFailed } from "@/lib/action-failure";

const EMPTY: CreateTokenInput = { name: "", userId: "", expiresInDays: 90 };

export function CreateTokenDialog({ users }: { users: { id: string; name: string; role: string }[] }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string; user: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useForm<CreateTokenInput, unknown, z.output<typeof createTokenSchema>>({ resolver: zodResolver(createTokenSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createTokenAction(values).catch(actionFailed);
    if (result.ok) return setCreated(result.data);
    for (const issue of result.error.issues ?? []) if (issue.path in EMPTY) form.setError(issue.path as keyof CreateTokenInput, { message: issue.message });
    if (!result.error.issues?.length) setFormError(result.error.message);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setCreated(null);
          setCopied(false);
          form.reset(EMPTY);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <KeyRound aria-hidden /> Create token
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Token created</DialogTitle>
              <DialogDescription>
                Copy it now: this is the only time it is shown. It acts as {created.user} with that user&apos;s role.
              </DialogDescription>
            </DialogHeader>
            <div className="flex gap-2">
              <Input readOnly value={created.token} aria-label="New API token" className="font-mono text-xs" onFocus={(e) => e.target.select()} />
              <Button
                variant="outline"
                onClick={async () => {
                  await navigator.clipboard?.writeText(created.token).catch(() => {});
                  setCopied(true);
                }}
              >
                {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? "Copied" : "Copy"}
              </Button>
            </div>
            <pre className="overflow-x-auto rounded-md bg-muted p-3 text-xs">{`curl -H "Authorization: Bearer ${created.token.slice(0, 12)}…" \\\n  ${typeof window === "undefined" ? "" : window.location.origin}/api/v1/me`}</pre>
          </>
        ) : (
          <>
            <DialogHeader>
              <DialogTitle>Create an API token</DialogTitle>
              <DialogDescription>For a procurement or GRC system. Only a hash is kept; revoke it here when it is no longer needed.</DialogDescription>
            </DialogHeader>
            <form onSubmit={onSubmit} noValidate className="grid gap-4">
              {formError && <IssueList message={formError} />}
              <Field id="token-name" label="Name" error={errors.name?.message} hint="What uses it, e.g. “GRC sync”.">
                <Input id="token-name" aria-invalid={!!errors.name} {...form.register("name")} />
              </Field>
              <Field id="token-user" label="Acts as" error={errors.userId?.message}>
                <Select id="token-user" aria-invalid={!!errors.userId} {...form.register("userId")}>
                  <option value="">Choose a user</option>
                  {users.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name} ({u.role})
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="token-expiry" label="Expires after (days)" error={errors.expiresInDays?.message}>
                <Input id="token-expiry" type="number" min={1} max={365} {...form.register("expiresInDays")} />
              </Field>
              <DialogFooter>
                <Button type="submit" disabled={isSubmitting}>
                  {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
                  Create token
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
