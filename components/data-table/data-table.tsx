"use client";

import { useMemo } from "react";
import { ArrowDown, ArrowUp, ArrowUpDown, ChevronLeft, ChevronRight, Loader2 } from "lucide-react";
import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { cn } from "@/lib/utils";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useUrlState } from "./use-url-state";

export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData>;

const PAGE_SIZES = [10, 25, 50, 100];

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

/**
 * The one table of the app: server-side sorting, filtering and pagination, all kept in the URL
 * (sort, order, page, pageSize; filters are the toolbar's own params). Column ids are sort keys.
 */
export function DataTable<TData extends { id: string }>({
  label,
  columns,
  data,
  total,
  page,
  pageSize,
  sort,
  order,
  toolbar,
  empty,
}: {
  label: string;
  columns: DataTableColumn<TData>[];
  data: TData[];
  total: number;
  page: number;
  pageSize: number;
  sort?: string;
  order?: "asc" | "desc";
  toolbar?: React.ReactNode;
  empty: React.ReactNode;
}) {
  const { set, pending } = useUrlState();
  const sorting: SortingState = useMemo(() => (sort ? [{ id: sort, desc: order === "desc" }] : []), [sort, order]);
  const pagination: PaginationState = useMemo(() => ({ pageIndex: page - 1, pageSize }), [page, pageSize]);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableSortingRemoval: false,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting)[0];
      set({ sort: next?.id, order: next ? (next.desc ? "desc" : "asc") : undefined });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      if (next.pageSize !== pageSize) set({ pageSize: String(next.pageSize) });
      else set({ page: String(next.pageIndex + 1) });
    },
  });

  const pageCount = Math.max(1, table.getPageCount());
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);

  return (
    <div className="grid gap-3">
      {toolbar}
      <Card className="relative overflow-hidden">
        {pending && (
          <div className="absolute top-2 right-3 z-10 flex items-center gap-1.5 text-xs text-muted-foreground" role="status">
            <Loader2 className="size-3.5 animate-spin" aria-hidden /> Loading…
          </div>
        )}
        <Table aria-label={label} aria-busy={pending} className={cn("transition-opacity", pending && "opacity-60")}>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <TableHead key={header.id} aria-sort={sorted ? (sorted === "asc" ? "ascending" : "descending") : undefined}>
                      {header.isPlaceholder ? null : canSort ? (
                        <button type="button" className="inline-flex items-center gap-1 uppercase hover:text-foreground" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          {sorted === "asc" ? <ArrowUp className="size-3.5" aria-hidden /> : sorted === "desc" ? <ArrowDown className="size-3.5" aria-hidden /> : <ArrowUpDown className="size-3.5 opacity-40" aria-hidden />}
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {table.getRowModel().rows.length === 0 ? (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={columns.length} className="py-12 text-center">
                  {empty}
                </TableCell>
              </TableRow>
            ) : (
              table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getAllCells().map((cell) => (
                    <TableCell key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </Card>
      <nav aria-label={`${label} pages`} className="flex flex-wrap items-center justify-between gap-3 text-sm text-muted-foreground">
        <span aria-live="polite">{total === 0 ? "No results" : `${first}–${last} of ${total.toLocaleString("en")}`}</span>
        <div className="flex items-center gap-2">
          <label className="flex items-center gap-2">
            Rows per page
            <Select className="h-8 w-20" value={String(pageSize)} onChange={(e) => table.setPageSize(Number(e.target.value))}>
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </label>
          <span className="tabular-nums">
            Page {Math.min(page, pageCount)} of {pageCount}
          </span>
          <Button variant="outline" size="icon" aria-label="Previous page" disabled={page <= 1 || pending} onClick={() => table.previousPage()}>
            <ChevronLeft />
          </Button>
          <Button variant="outline" size="icon" aria-label="Next page" disabled={page >= pageCount || pending} onClick={() => table.nextPage()}>
            <ChevronRight />
          </Button>
        </div>
      </nav>
    </div>
  );
}
