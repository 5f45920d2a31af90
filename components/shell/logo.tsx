import { ScanSearch } from "lucide-react";
import { cn } from "@/lib/utils";

/** The product's mark and name (compact: the mark alone, for narrow headers). */
export function Logo({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <span className="grid size-8 place-items-center rounded-md bg-primary text-primary-foreground">
        <ScanSearch className="size-4.5" aria-hidden />
      </span>
      {compact ? <span className="sr-only">Vendorscope</span> : "Vendorscope"}
    </span>
  );
}
