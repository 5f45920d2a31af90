import Link from "next/link";
import { ShieldAlert } from "lucide-react";
import { exceptionsText, questionnaireText, raisingFloors, riskDiffers, type RiskLike } from "@/lib/scoring/risk-summary";
import { LEVEL_WORDS } from "@/lib/scoring/vendor-rating";
import type { VendorExceptions } from "@/lib/server/vendors/vendor-dto";
import { RatingBadge } from "./rating-badge";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Where a floor came from, to link it: finding or incident id → label and link. */
export type FloorSources = Record<string, { label: string; href: string }>;

/** "Approved with exceptions until 21 Dec 2026" / "Exceptions expired 30 Sep 2026" (as in the PDF). */
export function ExceptionsNote({ exceptions }: { exceptions: VendorExceptions }) {
  if (!exceptions) return null;
  return <span className={exceptions.expired ? "font-medium text-red-800" : "font-medium text-amber-800"}>{exceptionsText(exceptions)}</span>;
}

/**
 * The vendor risk rating with its explanation: the rating, the questionnaire rating it rests on, and
 * when they differ, each floor that raised it (linked to its finding or incident).
 */
export function VendorRisk({ risk, score, exceptions, sources = {} }: { risk: RiskLike; score: number | null; exceptions?: VendorExceptions; sources?: FloorSources }) {
  const raising = raisingFloors(risk);
  const differs = riskDiffers(risk);
  return (
    <div className="space-y-2 text-sm" data-testid="vendor-risk">
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-base font-semibold">Vendor risk</span>
        <RatingBadge rating={risk.rating} />
      </p>
      <p className="text-muted-foreground">
        {capitalise(questionnaireText(risk.base, score))}
        {!differs && risk.rating && " — no finding or incident raises it"}
      </p>
      {differs && raising.length > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-2.5 text-red-950">
          <p className="flex items-center gap-1.5 font-medium">
            <ShieldAlert className="size-4" aria-hidden /> Raised by
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {raising.map((f) => {
              const source = sources[f.source.id];
              return (
                <li key={`${f.source.kind}-${f.source.id}`}>
                  {f.reason} <span className="text-red-900/70">→ {LEVEL_WORDS[f.level]}</span>
                  {source && (
                    <>
                      {" · "}
                      <Link href={source.href} className="underline underline-offset-2">
                        {source.label}
                      </Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {exceptions && (
        <p>
          <ExceptionsNote exceptions={exceptions} />
        </p>
      )}
    </div>
  );
}
