"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { Building2, Search, X } from "lucide-react";
import { createColumnHelper } from "@tanstack/react-table";
import { STATUS_LABELS } from "@/lib/assessments/workflow";
import type { VendorListItem } from "@/lib/server/vendors/vendor-dto";
import { ASSESSMENT_STATUSES, RATINGS } from "@/lib/validation/vendor";
import { DataTable, type DataTableColumn, type DataTableFeatures } from "@/components/data-table/data-table";
import { useUrlState } from "@/components/data-table/use-url-state";
import { AssessmentStatusBadge } from "@/components/assessments/status-badge";
import { RatingBadge } from "@/components/scoring/rating-badge";
import { ExceptionsNote } from "@/components/scoring/vendor-risk";
import { questionnaireText, raisedByText, riskDiffers, riskSummary } from "@/lib/scoring/risk-summary";
import { LEVEL_WORDS } from "@/lib/scoring/vendor-rating";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ReviewDate } from "./review-date";
import { TierBadge } from "./tier-badge";

const helper = createColumnHelper<DataTableFeatures, VendorListItem>();

const columns = [
  helper.accessor("name", {
    id: "name",
    header: "Vendor",
    cell: (info) => (
      <Link href={`/vendors/${info.row.original.id}`} className="font-medium text-primary hover:underline">
        {info.getValue()}
      </Link>
    ),
  }),
  helper.display({
    id: "products",
    header: "AI products / models",
    enableSorting: false,
    cell: (info) => (
      <ul className="max-w-72 space-y-0.5 text-xs">
        {info.row.original.products.slice(0, 3).map((p, i) => (
          <li key={i} className="truncate">
            {p.name} <span className="font-mono text-muted-foreground">{p.model}</span>
          </li>
        ))}
        {info.row.original.products.length > 3 && <li className="text-muted-foreground">+{info.row.original.products.length - 3} more</li>}
      </ul>
    ),
  }),
  helper.accessor("tier", { id: "tier", header: "Tier", cell: (info) => <TierBadge tier={info.getValue()} /> }),
  helper.accessor((row) => row.risk.rating, {
    id: "risk",
    header: "Risk",
    sortDescFirst: true,
    cell: (info) => {
      const { risk, exceptions } = info.row.original;
      const raised = riskDiffers(risk) && risk.rating !== null;
      return (
        <div className="grid max-w-64 gap-0.5">
          <span>
            <RatingBadge rating={risk.rating} />
          </span>
          {raised && (
            <span className="text-xs whitespace-normal text-red-900" title={riskSummary(risk, info.row.original.latestScore)}>
              {questionnaireText(risk.base, null).replace(/^q/, "Q")}; raised by {raisedByText(risk)}
            </span>
          )}
          {exceptions && (
            <span className="text-xs whitespace-normal">
              <ExceptionsNote exceptions={exceptions} />
            </span>
          )}
        </div>
      );
    },
  }),
  helper.accessor("latestScore", {
    id: "score",
    header: "Questionnaire",
    sortDescFirst: true,
    cell: (info) => (
      <span className="flex items-center gap-1.5 whitespace-nowrap">
        <span className="w-10 text-right font-medium tabular-nums">{info.getValue() === null ? "—" : info.getValue()!.toFixed(1)}</span>
        {info.row.original.risk.base && <span className="text-xs text-muted-foreground">{LEVEL_WORDS[info.row.original.risk.base]}</span>}
      </span>
    ),
  }),
  helper.accessor("latestStatus", { id: "status", header: "Assessment", cell: (info) => <AssessmentStatusBadge status={info.getValue()} /> }),
  helper.accessor((row) => row.owner.name, { id: "owner", header: "Owner", cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span> }),
  helper.accessor("nextReviewAt", { id: "nextReview", header: "Next review", cell: (info) => <ReviewDate date={info.getValue()} /> }),
] as DataTableColumn<VendorListItem>[];

type Props = {
  items: VendorListItem[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  order: "asc" | "desc";
  owners: { id: string; name: string }[];
};

export function VendorTable(props: Props) {
  return (
    <DataTable
      label="Vendor register"
      columns={columns}
      data={props.items}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      order={props.order}
      toolbar={<Filters owners={props.owners} />}
      empty={
        <div className="flex flex-col items-center gap-2 text-muted-foreground">
          <Building2 className="size-8" aria-hidden />
          <p className="font-medium text-foreground">No vendors match</p>
          <p className="text-sm">Change the filters, or register a new vendor.</p>
        </div>
      }
    />
  );
}

function Filters({ owners }: { owners: { id: string; name: string }[] }) {
  const { params, set } = useUrlState();
  const urlQ = params.get("q") ?? "";
  const [q, setQ] = useState(urlQ);
  const [lastUrlQ, setLastUrlQ] = useState(urlQ);
  if (urlQ !== lastUrlQ) {
    setLastUrlQ(urlQ);
    setQ(urlQ);
  }

  // Search as you type, without a request per keystroke.
  useEffect(() => {
    if (q.trim() === urlQ) return;
    const timer = setTimeout(() => set({ q: q.trim() }), 350);
    return () => clearTimeout(timer);
  }, [q, urlQ, set]);

  const active = ["q", "rating", "tier", "status", "owner", "overdue"].some((k) => params.get(k));
  return (
    <div role="search" className="flex flex-wrap items-center gap-2">
      <div className="relative w-full max-w-xs">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input aria-label="Search vendors, products and models" placeholder="Search vendors, products, models" className="pl-8" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <Select aria-label="Risk rating" className="w-40" value={params.get("rating") ?? ""} onChange={(e) => set({ rating: e.target.value })}>
        <option value="">All risk ratings</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {r.charAt(0) + r.slice(1).toLowerCase()} risk
          </option>
        ))}
        <option value="UNRATED">Not rated</option>
      </Select>
      <Select aria-label="Tier" className="w-32" value={params.get("tier") ?? ""} onChange={(e) => set({ tier: e.target.value })}>
        <option value="">All tiers</option>
        <option value="1">Tier 1</option>
        <option value="2">Tier 2</option>
        <option value="3">Tier 3</option>
      </Select>
      <Select aria-label="Assessment status" className="w-48" value={params.get("status") ?? ""} onChange={(e) => set({ status: e.target.value })}>
        <option value="">All statuses</option>
        {ASSESSMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
        <option value="NONE">Not assessed</option>
      </Select>
      <Select aria-label="Owner" className="w-44" value={params.get("owner") ?? ""} onChange={(e) => set({ owner: e.target.value })}>
        <option value="">All owners</option>
        {owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
      <CheckboxField label="Overdue for review" checked={params.get("overdue") === "1"} onChange={(e) => set({ overdue: e.target.checked ? "1" : null })} />
      {active && (
        <Button variant="ghost" size="sm" onClick={() => set({ q: null, rating: null, tier: null, status: null, owner: null, overdue: null })}>
          <X aria-hidden /> Clear filters
        </Button>
      )}
    </div>
  );
}
