import Link from "next/link";
import type { CycleDiffView } from "@/lib/server/assessments/get-cycle-diff";
import { formatDate, formatDateTime } from "@/lib/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const score = (s: number | null) => (s === null ? "—" : s.toFixed(1));
const KIND = { changed: "", new: "new question", removed: "no longer asked" } as const;

/** The scorecard's "What changed since the last cycle": domain scores then and now, and the answers that differ. */
export function CycleChanges({ diff }: { diff: CycleDiffView }) {
  if (!diff) return null;
  const titles = new Map(diff.domains.map((d) => [d.key, d.title]));
  return (
    <Card className="mt-6" role="region" aria-label="What changed since the last cycle">
      <CardHeader>
        <CardTitle>What changed since the last cycle</CardTitle>
        <CardDescription>
          Compared with the{" "}
          <Link className="font-medium text-primary hover:underline" href={`/assessments/${diff.previous.id}/scorecard`}>
            previous assessment
          </Link>{" "}
          {diff.previous.submittedAt ? `submitted ${formatDate(diff.previous.submittedAt)}` : ""} (questionnaire v{diff.previous.templateVersion}). {diff.answers.length} answer{diff.answers.length === 1 ? "" : "s"} differ.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="overflow-x-auto">
          <Table aria-label="Domain scores then and now">
            <TableHeader>
              <TableRow>
                <TableHead>Domain</TableHead>
                <TableHead className="text-right">Then</TableHead>
                <TableHead className="text-right">Now</TableHead>
                <TableHead className="text-right">Change</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {diff.domains.map((d) => (
                <TableRow key={d.key}>
                  <TableCell>{d.title}</TableCell>
                  <TableCell className="text-right tabular-nums">{score(d.before)}</TableCell>
                  <TableCell className="text-right tabular-nums">{score(d.after)}</TableCell>
                  <TableCell className={`text-right tabular-nums ${d.change === null || d.change === 0 ? "text-muted-foreground" : d.change > 0 ? "text-emerald-700" : "text-red-700"}`}>
                    {d.change === null ? "—" : `${d.change > 0 ? "+" : ""}${d.change.toFixed(1)}`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        {diff.answers.length > 0 && (
          <div className="overflow-x-auto">
            <Table aria-label="Answers that changed">
              <TableHeader>
                <TableRow>
                  <TableHead>Question</TableHead>
                  <TableHead>Then</TableHead>
                  <TableHead>Now</TableHead>
                  <TableHead>By, when</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {diff.answers.map((a) => (
                  <TableRow key={`${a.kind}-${a.questionKey}`}>
                    <TableCell className="max-w-96">
                      <p className="line-clamp-2">{a.text}</p>
                      <p className="text-xs text-muted-foreground">
                        {titles.get(a.domain) ?? a.domain}
                        {KIND[a.kind] && ` · ${KIND[a.kind]}`}
                      </p>
                    </TableCell>
                    <TableCell>{a.before}</TableCell>
                    <TableCell className="font-medium">{a.after}</TableCell>
                    <TableCell className="text-xs text-muted-foreground">{a.by ? `${a.by}, ${a.at ? formatDateTime(a.at) : ""}` : "—"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
