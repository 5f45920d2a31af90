import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { listUsers } from "@/lib/server/users/list-users";
import { PageHeader } from "@/components/shell/app-shell";
import { CreateUserDialog } from "@/components/admin/create-user-dialog";
import { UsersTable } from "@/components/admin/users-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requirePageActor("user:manage");
  const users = await listUsers({ actor });
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and with which role. Deactivated users keep their history but cannot sign in."
        actions={<CreateUserDialog />}
      />
      <UsersTable users={users} currentUserId={actor.id} />
    </>
  );
}
