import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { formatDate, formatDateTime } from "@/lib/format";
import { listApiTokens } from "@/lib/server/tokens/list-tokens";
import { listUsers } from "@/lib/server/users/list-users";
import { PageHeader } from "@/components/shell/app-shell";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CreateTokenDialog } from "@/components/tokens/create-token-dialog";
import { RevokeTokenButton } from "@/components/tokens/revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requirePageActor("token:manage");
  const [tokens, users] = await Promise.all([listApiTokens({ actor }), listUsers({ actor })]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let procurement and GRC systems use the REST API as a user, with that user's role. Only a hash is stored; a revoked or expired token is refused."
        actions={<CreateTokenDialog users={users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.name, role: u.role }))} />}
      />
      <p className="mb-4 text-sm text-muted-foreground">
        See the{" "}
        <Link href="/api-docs" className="text-primary hover:underline">
          API reference
        </Link>{" "}
        for the endpoints.
      </p>
      <Card>
        <Table aria-label="API tokens">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Token</TableHead>
              <TableHead>Acts as</TableHead>
              <TableHead>Expires</TableHead>
              <TableHead>Last used</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tokens.length === 0 && (
              <TableRow>
                <TableCell colSpan={7} className="py-8 text-center text-muted-foreground">
                  No tokens yet.
                </TableCell>
              </TableRow>
            )}
            {tokens.map((t) => {
              const status = t.revokedAt ? "Revoked" : t.expiresAt <= now ? "Expired" : "Active";
              return (
                <TableRow key={t.id}>
                  <TableCell className="font-medium">{t.name}</TableCell>
                  <TableCell>
                    <code className="font-mono text-xs">{t.prefix}…</code>
                  </TableCell>
                  <TableCell>
                    {t.user.name} <span className="text-xs text-muted-foreground">({t.user.role})</span>
                  </TableCell>
                  <TableCell>{formatDate(t.expiresAt)}</TableCell>
                  <TableCell>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never"}</TableCell>
                  <TableCell>
                    <Badge variant={status === "Active" ? "success" : "secondary"}>{status}</Badge>
                  </TableCell>
                  <TableCell className="text-right">{status === "Active" && <RevokeTokenButton tokenId={t.id} name={t.name} />}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Card>
    </>
  );
}
