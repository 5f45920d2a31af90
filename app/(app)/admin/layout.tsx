import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { TabsNav } from "@/components/shell/tabs-nav";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const items = [
    ...(can(actor.role, "user:manage") ? [{ href: "/admin/users", label: "Users" }] : []),
    ...(can(actor.role, "organization:manage") ? [{ href: "/admin/organization", label: "Organisation" }] : []),
    ...(can(actor.role, "template:manage") ? [{ href: "/admin/templates", label: "Questionnaire templates" }] : []),
    ...(can(actor.role, "template:manage") ? [{ href: "/admin/clauses", label: "Clause library" }] : []),
    ...(can(actor.role, "token:manage") ? [{ href: "/admin/tokens", label: "API tokens" }] : []),
  ];
  return (
    <>
      {items.length > 0 && <TabsNav label="Administration" items={items} />}
      {children}
    </>
  );
}
