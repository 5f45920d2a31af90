// The contract exhibit composed from the clause library: the clean PDF and the Word file carry the
// same text, the memo says why, a submitted assessment keeps the library version of its submission.
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { AnswerValue } from "@/lib/scoring";
import { blocksText, exhibitBlocks } from "@/lib/clauses/exhibit-document";
import { renderExhibitDocx } from "@/lib/docx/exhibit-docx";
import { renderReportPdf } from "@/lib/pdf/render";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { importLibrary } from "@/lib/server/clauses/import-library";
import { publishLibrary } from "@/lib/server/clauses/publish-library";
import { currentLibrary, loadLibraryVersion, SHIPPED_LIBRARY } from "@/lib/server/clauses/load-library";
import { createLibraryDraft } from "@/lib/server/clauses/create-library-draft";
import { updateLibraryClause } from "@/lib/server/clauses/update-library-clause";
import { getAssessmentReport } from "@/lib/server/reports/assessment-report";
import { loadVersion } from "@/lib/server/templates/load-version";
import * as memoRoute from "@/app/api/v1/assessments/[id]/negotiation-memo.pdf/route";
import * as docxRoute from "@/app/api/v1/assessments/[id]/contract-exhibit.docx/route";
import { createApiToken } from "@/lib/server/tokens/create-token";
import { NextRequest } from "next/server";
import { auditRowsFor, bestAnswers, expectAppError, makeUser, makeVendor, publishedTemplate, sql } from "./helpers";

let admin: Actor;
let analyst: Actor;
let viewer: Actor;
let versionId: string;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  viewer = await makeUser("VIEWER");
  versionId = await publishedTemplate(admin);
  // This file's database has no library yet: the first one published is the shipped file.
  if (!(await currentLibrary(db)).id) await publishLibrary({ actor: admin, versionId: (await importLibrary({ actor: admin, input: SHIPPED_LIBRARY })).id });
});

/** The PDF's text without the running footer (which pdftotext puts wherever a page breaks). */
const pdfText = (pdf: Buffer) =>
  execFileSync("pdftotext", ["-", "-"], { input: pdf })
    .toString()
    .split("\n")
    .filter((line) => !/ · (Ref\.|Assessment) \w+|^Page \d+ of \d+$|SHA-256/.test(line))
    .join("\n");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

async function docxParagraphs(docx: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join(""))
    .filter((t) => t.trim());
}

/** A draft whose answers fall short on the incident notification and nothing else. */
async function shortOnIncidents() {
  const vendor = await makeVendor(analyst);
  const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const version = await loadVersion(db, versionId);
  const answers: Record<string, AnswerValue> = { ...bestAnswers(version), incidents_notification_commitment: "NO", incidents_notification_hours: 200 };
  const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: a.version, answers: Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value })) } });
  return { vendor, assessment: a, version: saved.version };
}

describe("the contract exhibit", () => {
  it("names the parties, defines its terms, takes the vendor's disclosure window, and has no internal notes — the same text in PDF and Word", async () => {
    const { vendor, assessment } = await shortOnIncidents();
    const report = await getAssessmentReport({ actor: viewer, assessmentId: assessment.id });
    const blocks = exhibitBlocks({ exhibit: report.exhibit, parties: report.parties, scope: report.scope, draft: true });
    const pdf = squash(pdfText(await renderReportPdf("exhibit", report)));
    expect(pdf).toContain(`and ${vendor.name}`);
    expect(pdf).toContain("Definitions and interpretation");
    expect(pdf).toContain("within 72 hours");
    expect(pdf).not.toMatch(/Reason:|incidents_notification|identity_org_kyc|score/i);
    // Every block's text is in the PDF, in order.
    let at = 0;
    for (const line of blocksText(blocks).map(squash)) {
      const found = pdf.indexOf(line.slice(0, 60), at);
      expect(found, line).toBeGreaterThanOrEqual(at);
      at = found;
    }
    // The Word file: the same blocks, numbered by Word (the numbers are not in the text).
    const docx = await renderExhibitDocx({ blocks, vendor: vendor.name, reference: `Assessment ${assessment.id}`, draft: true });
    const paragraphs = (await docxParagraphs(docx)).map(squash);
    const expected = blocks.flatMap((b) => {
      if (b.kind === "section") return [b.text];
      if (b.kind === "clause") return [`${b.title}${b.text ? ` ${b.text}` : ""}`];
      if (b.kind === "signature") return [`Signed for and on behalf of ${b.party}`, "Signature:", "Name:", "Title:", "Date:"];
      return [blocksText([b])[0]!.replace(/^\([a-z]\) /, "")];
    });
    expect(paragraphs.filter((p) => !p.startsWith("DRAFT · "))).toEqual(expected.map(squash));
    const xml = await (await JSZip.loadAsync(docx)).file("word/numbering.xml")!.async("string");
    expect(xml).toContain('w:val="%1.%2"');
  });

  it("the negotiation memo says why each clause is asked, with the fallback; it is for procurement only", async () => {
    const { assessment } = await shortOnIncidents();
    const report = await getAssessmentReport({ actor: analyst, assessmentId: assessment.id });
    const memo = squash(pdfText(await renderReportPdf("memo", report)));
    expect(memo).toContain("INTERNAL");
    expect(memo).toMatch(/Why we ask/);
    expect(memo).toContain("Fallback");
    expect(memo).toContain("200 hours");
    const call = async (route: typeof memoRoute | typeof docxRoute, actor: Actor) => {
      const { token } = await createApiToken({ actor: admin, input: { name: "memo", userId: actor.id, expiresInDays: 1 } });
      return route.GET(new NextRequest(`http://localhost/api/v1/assessments/${assessment.id}/x`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: assessment.id }) });
    };
    expect((await call(memoRoute, viewer)).status).toBe(403);
    const ok = await call(memoRoute, analyst);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    const word = await call(docxRoute, viewer);
    expect(word.status).toBe(200);
    expect(word.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(word.headers.get("content-disposition")).toMatch(/\.docx"$/);
  });

  it("a submitted assessment keeps the clause library of its submission; a draft takes the newly published one", async () => {
    const { assessment, version } = await shortOnIncidents();
    await submitAssessment({ actor: analyst, assessmentId: assessment.id, version });
    const before = squash(pdfText(await renderReportPdf("exhibit", await getAssessmentReport({ actor: viewer, assessmentId: assessment.id }))));
    const current = await currentLibrary(db);
    const edited = structuredClone(current.content);
    const clause = edited.clauses.find((c) => c.kind === "standard")!;
    clause.body = `${clause.body} Amended in this test.`;
    const draft = await importLibrary({ actor: admin, input: edited });
    await expectAppError(importLibrary({ actor: analyst, input: edited }), "FORBIDDEN");
    await publishLibrary({ actor: admin, versionId: draft.id });
    try {
      const after = squash(pdfText(await renderReportPdf("exhibit", await getAssessmentReport({ actor: viewer, assessmentId: assessment.id }))));
      expect(after.replace(/Generated.*$/, "")).toBe(before.replace(/Generated.*$/, ""));
      expect(after).not.toContain("Amended in this test.");
      const fresh = await shortOnIncidents();
      expect(squash(pdfText(await renderReportPdf("exhibit", await getAssessmentReport({ actor: viewer, assessmentId: fresh.assessment.id }))))).toContain("Amended in this test.");
      // A published version cannot be edited, even in the database.
      await expect(sql(`UPDATE "ClauseLibraryVersion" SET content = '{}'::jsonb WHERE id = $1`, [draft.id])).rejects.toThrow(/cannot be changed/);
      await expectAppError(publishLibrary({ actor: admin, versionId: draft.id }), "INVALID_STATE");
    } finally {
      // Back to the shipped text for the other tests of this file.
      await publishLibrary({ actor: admin, versionId: (await importLibrary({ actor: admin, input: current.content })).id });
    }
  });

  it("an invalid library is refused with its issues and writes nothing", async () => {
    const count = await db.clauseLibraryVersion.count();
    const bad = structuredClone(SHIPPED_LIBRARY);
    bad.clauses[0]!.body = "Vendor shall notify within {{notice:hours}} hours.";
    const error = await expectAppError(importLibrary({ actor: admin, input: bad }), "VALIDATION_ERROR");
    expect(error.issues?.[0]?.message).toMatch(/not a parameter/);
    expect(await db.clauseLibraryVersion.count()).toBe(count);
  });

  it("an admin edits a clause of a draft copy: checked against the whole library, audited; published versions refuse edits", async () => {
    const current = await currentLibrary(db);
    const draft = await createLibraryDraft({ actor: admin, versionId: current.id! });
    await expectAppError(createLibraryDraft({ actor: admin, versionId: current.id! }), "CONFLICT");
    const withParam = current.content.clauses.find((c) => /\{\{/.test(c.body))!;
    const [, name, type] = /\{\{\s*(\w+)\s*:\s*(\w+)/.exec(withParam.body)!;
    // The same parameter with another default would give one obligation two values.
    const conflicting = { title: withParam.title, body: `${withParam.body} Also {{${name}:${type}=999}}.` };
    const error = await expectAppError(updateLibraryClause({ actor: admin, versionId: draft.id, clauseKey: withParam.key, input: conflicting }), "VALIDATION_ERROR");
    expect(error.issues?.map((i) => i.message).join(" ")).toContain(`parameter "${name}"`);
    expect(error.issues?.map((i) => i.path)).toContain("body"); // on the form's own field
    await expectAppError(updateLibraryClause({ actor: analyst, versionId: draft.id, clauseKey: withParam.key, input: conflicting }), "FORBIDDEN");
    await expectAppError(updateLibraryClause({ actor: admin, versionId: draft.id, clauseKey: "no_such_clause", input: conflicting }), "VALIDATION_ERROR");
    await expectAppError(updateLibraryClause({ actor: admin, versionId: current.id!, clauseKey: withParam.key, input: { title: "x", body: "y" } }), "INVALID_STATE");

    await updateLibraryClause({ actor: admin, versionId: draft.id, clauseKey: withParam.key, input: { title: "Renamed in a test", body: withParam.body, fallback: "" } });
    const edited = await loadLibraryVersion(db, draft.id);
    const saved = edited.content.clauses.find((c) => c.key === withParam.key)!;
    expect(saved.title).toBe("Renamed in a test");
    expect(saved.fallback).toBeUndefined(); // an emptied fallback is removed
    expect((await auditRowsFor(draft.id)).map((r) => r.action)).toEqual(expect.arrayContaining(["clause_library.import", "clause_library.update_clause"]));
    // The published version is untouched.
    expect((await loadLibraryVersion(db, current.id!)).content.clauses.find((c) => c.key === withParam.key)!.title).toBe(withParam.title);
  });
});
