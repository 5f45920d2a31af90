import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { SSO_PASSWORD_MESSAGE } from "@/lib/server/users/change-password";
import { PageHeader } from "@/components/shell/app-shell";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card, CardContent } from "@/components/ui/card";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const actor = await requirePageActor("account:password", { allowPendingPasswordChange: true });
  return (
    <>
      <PageHeader
        title="Change password"
        description="Changing your password signs you out everywhere else: other browsers and devices must sign in again with the new one."
      />
      {actor.via === "sso" ? (
        <Card className="max-w-xl">
          <CardContent className="pt-5 text-sm">{SSO_PASSWORD_MESSAGE}</CardContent>
        </Card>
      ) : (
        <ChangePasswordForm email={actor.email} required={actor.mustChangePassword} />
      )}
    </>
  );
}
