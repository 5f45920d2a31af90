// The PDF cache: a frozen assessment's PDF is rendered once and then served from PdfRender until
// something it prints changes; drafts and `next dev` always render; two rows kept per kind.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { decideAssessment } from "@/lib/server/assessments/decide-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { startReview } from "@/lib/server/assessments/start-review";
import { submitAssessment } from "@/lib/server/assessments/submit-assessment";
import { createFinding } from "@/lib/server/findings/create-finding";
import { updateFinding } from "@/lib/server/findings/update-finding";
import { getReportPdf } from "@/lib/server/reports/get-report-pdf";
import { loadVersion } from "@/lib/server/templates/load-version";
import { createApiToken } from "@/lib/server/tokens/create-token";
import * as reportRoute from "@/app/api/v1/assessments/[id]/report.pdf/route";
import { bestAnswers, makeUser, makeVendor, publishedTemplate } from "./helpers";

let admin: Actor;
let analyst: Actor;
let reviewer: Actor;
let versionId: string;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  analyst = await makeUser("ANALYST");
  reviewer = await makeUser("REVIEWER");
  versionId = await publishedTemplate(admin);
});

async function draft() {
  const vendor = await makeVendor(analyst);
  const a = await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId });
  const answers = Object.entries(bestAnswers(await loadVersion(db, versionId))).map(([questionKey, value]) => ({ questionKey, value }));
  const saved = await saveAnswers({ actor: analyst, assessmentId: a.id, input: { version: a.version, answers } });
  return { id: a.id, version: saved.version, vendor };
}

const rows = (assessmentId: string) => db.pdfRender.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" }, select: { key: true, kind: true } });

describe("the PDF cache", () => {
  it("serves a submitted assessment's PDF from the cache until a finding or the decision changes it, keeping the newest two", async () => {
    const a = await draft();
    await submitAssessment({ actor: analyst, assessmentId: a.id, version: a.version });

    // Through the API route: the header says where the PDF came from.
    const { token } = await createApiToken({ actor: admin, input: { name: "pdf", userId: reviewer.id, expiresInDays: 1 } });
    const get = () => reportRoute.GET(new NextRequest(`http://localhost/api/v1/assessments/${a.id}/report.pdf`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id: a.id }) });
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-vendorscope-pdf-cache")).toBe("miss");
    const firstBytes = Buffer.from(await first.arrayBuffer());
    const started = performance.now();
    const second = await get();
    const repeatMs = performance.now() - started;
    expect(second.headers.get("x-vendorscope-pdf-cache")).toBe("hit");
    expect(second.headers.get("content-type")).toBe("application/pdf");
    expect(second.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="scorecard-vendor-[0-9a-f]+-\\d{4}-\\d{2}-\\d{2}\\.pdf"$`));
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBytes)).toBe(true);
    console.log(`pdf-cache: repeat download through the route ${repeatMs.toFixed(1)} ms`);
    expect(await rows(a.id)).toHaveLength(1);

    // Another kind is another entry; the exhibit prints no name, so another user shares it.
    expect((await getReportPdf({ actor: analyst, assessmentId: a.id, kind: "exhibit" })).cache).toBe("miss");
    expect((await getReportPdf({ actor: reviewer, assessmentId: a.id, kind: "exhibit" })).cache).toBe("hit");

    // Each change the scorecard prints is a new key: review started, a finding raised, the finding
    // moved on, the decision.
    const scorecard = () => getReportPdf({ actor: reviewer, assessmentId: a.id, kind: "scorecard" });
    await startReview({ actor: reviewer, assessmentId: a.id });
    expect((await scorecard()).cache).toBe("miss");
    const finding = await createFinding({ actor: reviewer, assessmentId: a.id, input: { title: "Weak abuse monitoring", severity: "HIGH", ownerId: analyst.id, dueDate: "2027-03-31" } });
    expect((await scorecard()).cache).toBe("miss");
    expect((await scorecard()).cache).toBe("hit");
    await updateFinding({ actor: reviewer, findingId: finding.id, input: { status: "IN_PROGRESS" } });
    expect((await scorecard()).cache).toBe("miss");
    await decideAssessment({ actor: reviewer, assessmentId: a.id, input: { decision: "REJECT", comment: "Abuse monitoring is not in place." } });
    const decided = await scorecard();
    expect(decided.cache).toBe("miss");
    expect(decided.pdf.equals(firstBytes)).toBe(false);
    expect((await scorecard()).cache).toBe("hit");

    // Five scorecards rendered, two kept (the newest); one exhibit.
    const kept = await rows(a.id);
    expect(kept.filter((r) => r.kind === "scorecard")).toHaveLength(2);
    expect(kept.filter((r) => r.kind === "exhibit")).toHaveLength(1);
  }, 240_000);

  it("never caches a draft, nor under next dev", async () => {
    const a = await draft();
    expect((await getReportPdf({ actor: analyst, assessmentId: a.id, kind: "scorecard" })).cache).toBe("miss");
    expect((await getReportPdf({ actor: analyst, assessmentId: a.id, kind: "scorecard" })).cache).toBe("miss");
    expect(await rows(a.id)).toEqual([]);

    await submitAssessment({ actor: analyst, assessmentId: a.id, version: a.version });
    vi.stubEnv("NODE_ENV", "development");
    try {
      expect((await getReportPdf({ actor: analyst, assessmentId: a.id, kind: "exhibit" })).cache).toBe("miss");
      expect((await getReportPdf({ actor: analyst, assessmentId: a.id, kind: "exhibit" })).cache).toBe("miss");
    } finally {
      vi.unstubAllEnvs();
    }
    expect(await rows(a.id)).toEqual([]);
  }, 120_000);

  it("is a 404 for an unknown assessment, before any render", async () => {
    await expect(getReportPdf({ actor: reviewer, assessmentId: "no-such-id", kind: "scorecard" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
