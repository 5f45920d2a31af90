"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Loader2 } from "lucide-react";
import { changePasswordAction } from "@/app/(app)/account/password/actions";
import { PASSWORD_MIN, passwordProblem } from "@/lib/auth/password-policy";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/user";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { showActionErrors } from "@/components/ui/form-errors";
import { toast } from "@/components/ui/toast";

const EMPTY: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };
const FIELDS = Object.keys(EMPTY);

export function ChangePasswordForm({ email, required }: { email: string; required: boolean }) {
  const router = useRouter();
  const form = useForm<ChangePasswordInput>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    // The one rule the shared schema cannot check without the account: the server checks it too.
    const problem = passwordProblem(values.newPassword, { email });
    if (problem) {
      form.setError("newPassword", { message: problem });
      return;
    }
    const result = await changePasswordAction(values);
    if (!result.ok) {
      showActionErrors(result.error, form.setError, FIELDS);
      return;
    }
    // Every session ended with the change, this one too: sign this browser in again with the new password.
    const again = await signIn("credentials", { email, password: values.newPassword, redirect: false });
    form.reset(EMPTY);
    if (!again || again.error) {
      router.replace("/login");
      router.refresh();
      return;
    }
    toast.success("Password changed. Every other session has been signed out.");
    if (required) router.replace("/");
    router.refresh();
  });

  const describedBy = (field: keyof ChangePasswordInput, hint = false) => (errors[field] ? `${field}-error` : hint ? `${field}-hint` : undefined);

  return (
    <Card className="max-w-xl">
      <CardContent className="pt-5">
        {required && (
          <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            An administrator reset your password. Choose a new one to continue.
          </p>
        )}
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          {/* Lets password managers tie the new password to the account. */}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <Field id="currentPassword" label={required ? "Temporary password" : "Current password"} error={errors.currentPassword?.message}>
            <Input
              id="currentPassword"
              type="password"
              autoComplete="current-password"
              aria-invalid={!!errors.currentPassword}
              aria-describedby={describedBy("currentPassword")}
              {...form.register("currentPassword")}
            />
          </Field>
          <Field
            id="newPassword"
            label="New password"
            hint={`At least ${PASSWORD_MIN} characters; a phrase of a few words works well. Common passwords and ones containing your email are refused.`}
            error={errors.newPassword?.message}
          >
            <Input
              id="newPassword"
              type="password"
              autoComplete="new-password"
              aria-invalid={!!errors.newPassword}
              aria-describedby={describedBy("newPassword")}
              {...form.register("newPassword")}
            />
          </Field>
          <Field id="confirmPassword" label="Confirm new password" error={errors.confirmPassword?.message}>
            <Input
              id="confirmPassword"
              type="password"
              autoComplete="new-password"
              aria-invalid={!!errors.confirmPassword}
              aria-describedby={describedBy("confirmPassword")}
              {...form.register("confirmPassword")}
            />
          </Field>
          <div>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting && <Loader2 className="animate-spin" aria-hidden />}
              Change password
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
