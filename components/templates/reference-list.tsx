import { referenceLabel, type Reference } from "@/lib/templates/catalogue";

/** A question's framework references with their catalogue titles: "MITRE ATLAS · AML.T0024.002 — Extract AI Model". */
export function ReferenceList({ references, className }: { references: Reference[]; className?: string }) {
  return (
    <ul className={className ?? "grid gap-0.5"} aria-label="Framework references">
      {references.map((r) => (
        <li key={`${r.framework}-${r.ref}`}>
          <span className="text-muted-foreground">{r.framework} · </span>
          {referenceLabel(r, { maxTitleLength: 90 })}
        </li>
      ))}
    </ul>
  );
}
