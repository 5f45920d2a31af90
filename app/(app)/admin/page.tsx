import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";

export default async function AdminPage() {
  await requirePageActor("user:manage");
  redirect("/admin/users");
}
