"use client";

import { useTransition } from "react";
import type { Role } from "@/generated/prisma/enums";
import { setUserActiveAction, setUserRoleAction } from "@/app/(app)/admin/users/actions";
import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import type { UserDto } from "@/lib/server/users/user-dto";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toast";
import { ResetPasswordButton } from "./reset-password-button";

export function UsersTable({ users, currentUserId }: { users: UserDto[]; currentUserId: string }) {
  return (
    <Card>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Added</TableHead>
            <TableHead className="text-right">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} self={user.id === currentUserId} />
          ))}
        </TableBody>
      </Table>
    </Card>
  );
}

function UserRow({ user, self }: { user: UserDto; self: boolean }) {
  const [pending, startTransition] = useTransition();

  function run(fn: () => Promise<{ ok: boolean; error?: { message: string } }>, success: string) {
    startTransition(async () => {
      const result = await fn();
      if (result.ok) toast.success(success);
      else toast.error(result.error?.message ?? "Could not update the user.");
    });
  }

  return (
    <TableRow className={user.active ? undefined : "text-muted-foreground"}>
      <TableCell className="font-medium">
        {user.name}
        {self && <span className="ml-2 text-xs text-muted-foreground">(you)</span>}
      </TableCell>
      <TableCell>{user.email}</TableCell>
      <TableCell className="w-56">
        <Select
          aria-label={`Role of ${user.name}`}
          value={user.role}
          disabled={self || pending}
          onChange={(e) => {
            const role = e.target.value as Role;
            run(() => setUserRoleAction({ userId: user.id, role }), `${user.name} is now ${ROLE_LABELS[role]} and must sign in again.`);
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </TableCell>
      <TableCell>{user.active ? <Badge variant="success">Active</Badge> : <Badge variant="secondary">Deactivated</Badge>}</TableCell>
      <TableCell>{formatDate(user.createdAt)}</TableCell>
      <TableCell>
        <div className="flex justify-end gap-2">
          {!self && user.active && <ResetPasswordButton user={user} />}
          {!self && user.active && (
            <ConfirmButton
              variant="outline"
              size="sm"
              disabled={pending}
              title={`Deactivate ${user.name}?`}
              description="They are signed out at once and cannot sign in again until reactivated; their API tokens are revoked for good. Their assessments, decisions and audit history stay as they are."
              confirmLabel="Deactivate"
              onConfirm={() => run(() => setUserActiveAction({ userId: user.id, active: false }), `${user.name} can no longer sign in.`)}
            >
              Deactivate
            </ConfirmButton>
          )}
          {!self && !user.active && (
            <Button
              variant="secondary"
              size="sm"
              disabled={pending}
              onClick={() => run(() => setUserActiveAction({ userId: user.id, active: true }), `${user.name} can sign in again; their old API tokens stay revoked.`)}
            >
              Reactivate
            </Button>
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
