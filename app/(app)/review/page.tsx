import type { Metadata } from "next";
import { ClipboardCheck } from "lucide-react";
import { requirePageActor } from "@/lib/auth/actor";
import { EmptyState, PageHeader } from "@/components/shell/app-shell";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  await requirePageActor("assessment:review");
  return (
    <>
      <PageHeader title="Review queue" description="Submitted assessments waiting for a reviewer's decision." />
      <EmptyState icon={<ClipboardCheck className="size-8" />} title="Nothing to review">
        Submitted assessments will appear here.
      </EmptyState>
    </>
  );
}
