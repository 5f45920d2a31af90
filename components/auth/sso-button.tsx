"use client";

import { signIn } from "next-auth/react";
import { KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";

export function SsoButton({ label, callbackUrl }: { label: string; callbackUrl: string }) {
  return (
    <Button variant="outline" className="w-full" onClick={() => signIn("oidc", { callbackUrl })}>
      <KeyRound aria-hidden /> Sign in with {label}
    </Button>
  );
}
