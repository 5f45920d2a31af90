// `npm run eval:locator`: the evidence locator against the labelled set in eval/locator/. Seeds a
// fresh database with the three fictional vendors and their documents, reads each document through
// the real job code (timed), then for every label asks the locator for the question's suggestion on
// that vendor: recall@3 (the labelled page among the three cited), and the precision and coverage
// of suggested values. Also times a 50-page PDF and the suggestions for a whole questionnaire.
// Prints the figures; nothing is asserted.
import "../lib/server-context";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "../lib/test-db";
import { migrateDeploy } from "../lib/run";
import { DOCUMENTS_DIR, loadLabels, sameValue } from "../../eval/locator/labels";

const VENDORS = ["orrery", "quillfeather", "basalt"] as const;
const KIND_BY_NAME: [RegExp, string][] = [
  [/soc2|addendum/, "ATTESTATION"],
  [/model-card|release/, "MODEL_CARD"],
  [/acceptable-use|abuse|rate-limits/, "USAGE_POLICY"],
  [/terms/, "TERMS"],
  [/data-processing/, "DPA"],
  [/whitepaper|trust|statement/, "SECURITY_WHITEPAPER"],
];

const ms = (t0: number) => Math.round(performance.now() - t0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function fiftyPagePdf(): Promise<Uint8Array> {
  const { createElement: h } = await import("react");
  const { Document, Page, Text, renderToBuffer } = await import("@react-pdf/renderer");
  const paragraph = (i: number, j: number) =>
    `Section ${i}.${j}. Access to the platform is granted to verified organisations. Logs of API usage are retained for ninety days and reviewed for anomalous extraction patterns, including high-volume sampling of model outputs across linked accounts. Control ${i}-${j} was tested by inspecting a sample of tickets.`;
  const pages = Array.from({ length: 50 }, (_, i) => h(Page, { key: i, size: "A4", style: { padding: 48 } }, ...Array.from({ length: 6 }, (_, j) => h(Text, { key: j, style: { fontSize: 10, lineHeight: 1.4, marginBottom: 10 } }, paragraph(i + 1, j + 1)))));
  return new Uint8Array(await renderToBuffer(h(Document, null, ...pages)));
}

async function main() {
  const database = await createTestDatabase("vendorscope_eval");
  try {
    await migrateDeploy(database.url, { quiet: true });
    process.env.DATABASE_URL = database.url;
    const { db } = await import("../../lib/db");
    const { storeDocument } = await import("../../lib/server/documents/store-document");
    const { processDocument } = await import("../../lib/server/documents/process-document");
    const { findPassages } = await import("../../lib/server/documents/find-passages");
    const { stopQueue } = await import("../../lib/server/jobs/queue");
    const { suggestAnswer } = await import("../../lib/locator/suggest");
    const { templateFileSchema } = await import("../../lib/validation/template");
    type Kind = Parameters<typeof storeDocument>[2]["kind"];

    const template = templateFileSchema.parse(JSON.parse(readFileSync(path.resolve("prisma/templates/ai-vendor-risk-v2.json"), "utf8")));
    const questions = template.sections.flatMap((s) => s.questions);
    const byKey = new Map(questions.map((q) => [q.key, q]));
    const user = await db.user.create({ data: { email: "eval@example.com", name: "Eval", role: "ANALYST", passwordHash: "x" } });
    const vendorIds = new Map<string, string>();
    for (const v of VENDORS) {
      const vendor = await db.vendor.create({
        data: { name: v, nameKey: v, country: "US", ownerId: user.id, dataSensitivity: "CONFIDENTIAL", businessCriticality: "HIGH", integrationDepth: "API_INTEGRATION", regulatedUse: false, tier: 1, nextReviewAt: new Date() },
      });
      vendorIds.set(v, vendor.id);
    }

    // Read every document through the job code, timed.
    const files = (await import("node:fs")).readdirSync(DOCUMENTS_DIR).sort();
    const docIds = new Map<string, string>();
    const timings: { file: string; pages: number | null; ms: number; noText: boolean }[] = [];
    for (const file of files) {
      const vendorId = vendorIds.get(file.split("-")[0]!)!;
      const kind = (KIND_BY_NAME.find(([re]) => re.test(file))?.[1] ?? "OTHER") as Kind;
      const bytes = new Uint8Array(readFileSync(path.join(DOCUMENTS_DIR, file)));
      const t0 = performance.now();
      const doc = await db.$transaction((tx) => storeDocument(tx, vendorId, { filename: file, bytes, kind }, { uploadedById: user.id }));
      await processDocument(doc.id);
      const read = await db.vendorDocument.findUniqueOrThrow({ where: { id: doc.id }, select: { pages: true, noText: true, status: true, error: true } });
      if (read.status !== "READY") throw new Error(`${file}: ${read.status} ${read.error ?? ""}`);
      timings.push({ file, pages: read.pages, ms: ms(t0), noText: read.noText });
      docIds.set(doc.id, file);
    }

    // A 50-page PDF, stored and read as an upload is.
    const big = await fiftyPagePdf();
    const t50 = performance.now();
    const bigDoc = await db.$transaction((tx) => storeDocument(tx, vendorIds.get("basalt")!, { filename: "fifty-pages.pdf", bytes: big, kind: "OTHER" }, { uploadedById: user.id }));
    await processDocument(bigDoc.id);
    const fiftyMs = ms(t50);
    await db.vendorDocument.delete({ where: { id: bigDoc.id } });

    // Suggestions for a whole questionnaire, per vendor (search in one statement, then the rules).
    const suggestions = new Map<string, Map<string, ReturnType<typeof suggestAnswer>>>();
    const wholeMs: number[] = [];
    const searchMs: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const [v, vendorId] of vendorIds) {
        const t0 = performance.now();
        const found = await findPassages(db, vendorId, questions);
        searchMs.push(ms(t0));
        const perQuestion = new Map(questions.map((q) => [q.key, suggestAnswer(q, found.get(q.key) ?? [])]));
        wholeMs.push(ms(t0));
        suggestions.set(v, perQuestion);
      }
    }

    // Score the labels.
    const labels = loadLabels();
    let hits = 0;
    let hitsWithText = 0;
    let withText = 0;
    let valued = 0;
    let suggested = 0;
    let correct = 0;
    const misses: string[] = [];
    const wrong: string[] = [];
    for (const label of labels) {
      const vendor = label.document.split("-")[0]!;
      const question = byKey.get(label.questionKey);
      if (!question) throw new Error(`unknown question ${label.questionKey}`);
      const s = suggestions.get(vendor)!.get(label.questionKey) ?? null;
      const cited = (s?.citations ?? []).slice(0, 3).map((c) => `${docIds.get(c.documentId)}#${c.page}`);
      const hit = cited.includes(`${label.document}#${label.page}`);
      const scanned = timings.find((t) => t.file === label.document)?.noText ?? false;
      if (!scanned) withText++;
      if (hit) {
        hits++;
        if (!scanned) hitsWithText++;
      } else if (!scanned) misses.push(`${label.questionKey} → ${label.document}#${label.page} (cited ${cited.join(", ") || "nothing"})`);
      if (label.expected !== null) {
        valued++;
        if (s?.value !== null && s?.value !== undefined) {
          suggested++;
          if (sameValue(label.expected, s.value as never)) correct++;
          else wrong.push(`${label.questionKey} (${vendor}): suggested ${JSON.stringify(s.value)}, expected ${JSON.stringify(label.expected)}`);
        }
      }
    }

    const figures = {
      labels: labels.length,
      recallAt3: +(hits / labels.length).toFixed(3),
      recallAt3TextDocuments: +(hitsWithText / withText).toFixed(3),
      valuePrecision: suggested ? +(correct / suggested).toFixed(3) : null,
      valueCoverage: +(suggested / valued).toFixed(3),
      suggested,
      correct,
      valued,
      documentMsMedian: median(timings.map((t) => t.ms)),
      fiftyPagePdfMs: fiftyMs,
      wholeQuestionnaireMsMedian: median(wholeMs),
      searchMsMedian: median(searchMs),
      questions: questions.length,
    };
    console.log("\nDocuments read:");
    for (const t of timings) console.log(`  ${t.file.padEnd(52)} ${String(t.pages ?? "?").padStart(3)} p. ${String(t.ms).padStart(5)} ms${t.noText ? "  no text found (scanned?)" : ""}`);
    console.log(`\nRecall@3 of the labelled page: ${figures.recallAt3} (${hits}/${labels.length}); on documents with text: ${figures.recallAt3TextDocuments} (${hitsWithText}/${withText})`);
    console.log(`Suggested values: precision ${figures.valuePrecision} (${correct}/${suggested}), coverage ${figures.valueCoverage} (${suggested}/${valued} labels with a value)`);
    console.log(`50-page PDF stored, read and indexed: ${fiftyMs} ms`);
    console.log(`Suggestions for a whole questionnaire (${questions.length} questions): median ${figures.wholeQuestionnaireMsMedian} ms (search ${figures.searchMsMedian} ms)`);
    if (process.argv.includes("--verbose")) {
      console.log("\nMissed pages:\n  " + misses.join("\n  "));
      console.log("\nWrong values:\n  " + wrong.join("\n  "));
    } else console.log(`\n${misses.length} missed pages, ${wrong.length} wrong values: --verbose lists them.`);
    const out = process.argv.find((a) => a.startsWith("--json="))?.slice(7);
    if (out) writeFileSync(out, JSON.stringify(figures, null, 2));
    await stopQueue();
    await db.$disconnect();
  } finally {
    if (process.env.EVAL_KEEP_DB) console.log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
