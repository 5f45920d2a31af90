"use client";

import Link from "next/link";
import { ClipboardList } from "lucide-react";
import { createColumnHelper } from "@tanstack/react-table";
import { STATUS_LABELS } from "@/lib/assessments/workflow";
import { formatDate } from "@/lib/format";
import type { AssessmentListItem } from "@/lib/server/assessments/list-assessments";
import { ASSESSMENT_STATUSES } from "@/lib/validation/vendor";
import { DataTable, type DataTableColumn, type DataTableFeatures } from "@/components/data-table/data-table";
import { useUrlState } from "@/components/data-table/use-url-state";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { Select } from "@/components/ui/select";
import { StaleBadge } from "./stale-badge";
import { AssessmentStatusBadge } from "./status-badge";

const helper = createColumnHelper<DataTableFeatures, AssessmentListItem>();

export const assessmentColumns = [
  helper.accessor((row) => row.vendor.name, {
    id: "vendor",
    header: "Vendor",
    enableSorting: false,
    cell: (info) => (
      <Link href={`/assessments/${info.row.original.id}`} className="font-medium text-primary hover:underline">
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("scope", { id: "scope", header: "Scope", enableSorting: false, cell: (info) => <span className="block max-w-80 truncate">{info.getValue()}</span> }),
  helper.accessor("status", {
    id: "status",
    header: "Status",
    enableSorting: false,
    cell: (info) => (
      <span className="flex flex-wrap items-center gap-1.5">
        <AssessmentStatusBadge status={info.getValue()} /> <StaleBadge staleAt={info.row.original.staleAt} reason={info.row.original.staleReason} />
      </span>
    ),
  }),
  helper.accessor("overallScore", {
    id: "score",
    header: "Score",
    enableSorting: false,
    cell: (info) => (
      <span className="flex items-center gap-2 tabular-nums">
        {info.getValue() === null ? "—" : info.getValue()!.toFixed(1)} {info.row.original.rating && <RatingBadge rating={info.row.original.rating} />}
      </span>
    ),
  }),
  helper.accessor((row) => row.createdBy.name, { id: "analyst", header: "Analyst", enableSorting: false }),
  helper.accessor((row) => row.reviewer?.name ?? "—", { id: "reviewer", header: "Reviewer", enableSorting: false }),
  helper.accessor("updatedAt", { id: "updated", header: "Last activity", enableSorting: false, cell: (info) => formatDate(info.getValue()) }),
] as DataTableColumn<AssessmentListItem>[];

export function AssessmentTable({ items, total, page, pageSize }: { items: AssessmentListItem[]; total: number; page: number; pageSize: number }) {
  const { params, set } = useUrlState();
  return (
    <DataTable
      label="Assessments"
      columns={assessmentColumns}
      data={items}
      total={total}
      page={page}
      pageSize={pageSize}
      toolbar={
        <div role="search" className="flex gap-2">
          <Select aria-label="Status" className="w-52" value={params.get("status") ?? ""} onChange={(e) => set({ status: e.target.value })}>
            <option value="">All statuses</option>
            {ASSESSMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
      }
      empty={
        <div className="flex flex-col items-center gap-2 text-muted-foreground">
          <ClipboardList className="size-8" aria-hidden />
          <p className="font-medium text-foreground">No assessments</p>
          <p className="text-sm">Start one from a vendor&apos;s page.</p>
        </div>
      }
    />
  );
}
