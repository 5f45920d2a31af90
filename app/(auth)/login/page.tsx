import type { Metadata } from "next";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { redirect } from "next/navigation";
import { signedInActor } from "@/lib/auth/actor";
import { Logo } from "@/components/shell/logo";
import { LoginForm } from "@/components/auth/login-form";
import { DEMO_USERS } from "@/lib/demo-users";
import { oidcConfigured } from "@/lib/auth/oidc";
import { SsoButton } from "@/components/auth/sso-button";

export const metadata: Metadata = { title: "Sign in" };

const SIGN_IN_ERRORS: Record<string, string> = {
  AccessDenied: "Your single sign-on account has no active Vendorscope user. Ask an administrator to add you.",
  OAuthSignin: "Single sign-on is unavailable right now. Try again, or use your password.",
  OAuthCallback: "Single sign-on did not complete. Try again, or use your password.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  // A live session only: an ended one (signed out elsewhere, password changed) signs in afresh.
  if (await signedInActor()) redirect(target);
  const demo = process.env.VENDORSCOPE_DEMO === "1";

  return (
    <main className="grid min-h-screen lg:grid-cols-2">
      <section className="hidden flex-col justify-between bg-sidebar p-10 text-sidebar-foreground lg:flex">
        <Logo />
        <div className="max-w-md space-y-4">
          <h2 className="text-3xl font-semibold leading-tight">Know which AI vendors you can trust with your business.</h2>
          <p className="text-sidebar-muted">
            Assess AI vendors on customer verification, extraction and distillation defences, incident disclosure,
            audit rights, continuity and supply-chain exposure — and turn the gaps into contract clauses.
          </p>
        </div>
        <p className="text-xs text-sidebar-muted">Vendorscope · AI vendor risk</p>
      </section>
      <section className="flex items-center justify-center p-6">
        <div className="w-full max-w-sm space-y-6">
          <Logo className="lg:hidden" />
          <div className="space-y-1">
            <h1 className="text-2xl font-semibold">Sign in</h1>
            <p className="text-sm text-muted-foreground">Use your work email and password.</p>
          </div>
          {error && SIGN_IN_ERRORS[error] && (
            <p role="alert" className="rounded-md border border-destructive/30 bg-destructive/5 p-3 text-sm text-destructive">
              {SIGN_IN_ERRORS[error]}
            </p>
          )}
          <LoginForm callbackUrl={target} />
          {oidcConfigured() && <SsoButton label={process.env.OIDC_NAME ?? "Single sign-on"} callbackUrl={target} />}
          {demo && (
            <div className="rounded-lg border bg-muted/50 p-4 text-sm">
              <p className="font-medium">Demo accounts</p>
              <p className="mb-2 text-xs text-muted-foreground">
                Password for all: <code className="font-mono">demo-password</code>
              </p>
              <ul className="space-y-1 text-xs">
                {DEMO_USERS.map((u) => (
                  <li key={u.email} className="flex justify-between gap-2">
                    <code className="font-mono">{u.email}</code>
                    <span className="text-muted-foreground">{u.role}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>
    </main>
  );
}
