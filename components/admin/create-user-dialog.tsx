"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Loader2, UserPlus } from "lucide-react";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { createUserSchema, type CreateUserInput } from "@/lib/validation/user";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { actionFailed } from "@/lib/action-failure";

const EMPTY: CreateUserInput = { name: "", email: "", role: "ANALYST", password: "" };

export function CreateUserDialog() {
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateUserInput>({ resolver: zodResolver(createUserSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createUserAction(values).catch(actionFailed);
    if (result.ok) {
      toast.success(`${values.name} can now sign in as ${ROLE_LABELS[values.role]}.`);
      form.reset(EMPTY);
      setOpen(false);
      return;
    }
    const issues = result.error.issues ?? [];
    for (const issue of issues) {
      if (issue.path in EMPTY) form.setError(issue.path as keyof CreateUserInput, { message: issue.message });
    }
    if (issues.length === 0) setFormError(result.error.message);
  });

  const describedBy = (field: keyof CreateUserInput) => (errors[field] ? `${field}-error` : undefined);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          form.reset(EMPTY);
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> Add user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add user</DialogTitle>
          <DialogDescription>
            Set an initial password and share it with the person through a secure channel.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          {formError && (
            <p role="alert" className="text-sm text-destructive">
              {formError}
            </p>
          )}
          <Field id="name" label="Full name" error={errors.name?.message}>
            <Input id="name" autoComplete="off" aria-invalid={!!errors.name} aria-describedby={describedBy("name")} {...form.register("name")} />
          </Field>
          <Field id="email" label="Work email" error={errors.email?.message}>
            <Input id="email" type="email" autoComplete="off" aria-invalid={!!errors.email} aria-describedby={describedBy("email")} {...form.register("email")} />
          </Field>
          <Field id="role" label="Role" error={errors.role?.message}>
            <Select id="role" aria-invalid={!!errors.role} {...form.register("role")}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="password" label="Initial password" hint="At least 12 characters." error={errors.password?.message}>
            <Input
              id="password"
              type="password"
              autoComplete="new-password"
              aria-invalid={!!errors.password}
              aria-describedby={describedBy("password")}
              {...form.register("password")}
            />
          </Field>
          <DialogFooter>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
              Create user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
