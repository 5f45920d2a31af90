"use client";

import { revokeTokenAction } from "@/app/(app)/admin/tokens/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useRunAction } from "@/components/ui/use-run-action";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const { pending, run } = useRunAction();
  return (
    <ConfirmButton
      variant="outline"
      size="sm"
      disabled={pending}
      title={`Revoke ${name}?`}
      description="Requests with this token are refused (401) from now on. This cannot be undone."
      confirmLabel="Revoke"
      onConfirm={() => run(() => revokeTokenAction({ tokenId }), `${name} revoked.`)}
    >
      Revoke
    </ConfirmButton>
  );
}
