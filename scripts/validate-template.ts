// `npx tsx scripts/validate-template.ts <file.json>`: checks a template file against the import
// schema and prints what it holds (questions per domain, critical, follow-ups, bands, clauses).
import { readFileSync } from "node:fs";
import { templateFileSchema } from "../lib/validation/template";
import { issuesFromZod } from "../lib/errors";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npx tsx scripts/validate-template.ts <file.json>");
  process.exit(2);
}
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`Not valid JSON: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const parsed = templateFileSchema.safeParse(raw);
if (!parsed.success) {
  for (const issue of issuesFromZod(parsed.error)) console.error(`${issue.path}: ${issue.message}`);
  process.exit(1);
}
const t = parsed.data;
let total = 0;
for (const s of t.sections) {
  const qs = s.questions;
  total += qs.length;
  const count = (f: (q: (typeof qs)[number]) => boolean) => qs.filter(f).length;
  console.log(
    `${s.key.padEnd(14)} w=${String(s.weight).padEnd(3)} questions=${qs.length} critical=${count((q) => q.critical)} ` +
      `showIf=${count((q) => !!q.showIf)} number=${count((q) => q.type === "NUMBER")} clauses=${count((q) => !!q.clause)} ` +
      `types=${[...new Set(qs.map((q) => q.type))].join(",")}`,
  );
}
console.log(`${t.sections.length} sections, ${total} questions, weights sum ${t.sections.reduce((a, s) => a + s.weight, 0)}`);
