// The database server stops and starts again under a running app process, on a PostgreSQL cluster
// of this file's own (scripts/lib/temp-cluster.ts: initdb into a temporary folder, another port),
// never the shared one. Every acknowledged save survives; meanwhile the API answers 503 with
// Retry-After, server actions SERVICE_UNAVAILABLE, pages the proxy's 503, and a save cut off by the
// stop is all or nothing; after the restart the pool reconnects without restarting anything.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { AnswerValue } from "@/lib/scoring";
import { db } from "@/lib/db";
import { databaseRecentlyUnavailable } from "@/lib/db-status";
import { toErrorResponse } from "@/lib/errors";
import { createPrismaClient } from "@/lib/prisma-client";
import { orUnavailable } from "@/lib/page";
import { UNAVAILABLE_COPY, UNAVAILABLE_DIGEST } from "@/lib/unavailable";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { saveAnswers } from "@/lib/server/assessments/save-answers";
import { startAssessment } from "@/lib/server/assessments/start-assessment";
import { createInvite } from "@/lib/server/respondents/create-invite";
import { loadVersion } from "@/lib/server/templates/load-version";
import { createApiToken } from "@/lib/server/tokens/create-token";
import * as health from "@/app/api/health/route";
import * as assessmentRoute from "@/app/api/v1/assessments/[id]/route";
import * as answersRoute from "@/app/api/v1/assessments/[id]/answers/route";
import { respondentSaveAction } from "@/app/respond/[token]/actions";
import RespondPage from "@/app/respond/[token]/page";
import { ServiceUnavailable } from "@/components/shell/service-unavailable";
import proxy from "@/proxy";
import { migrateDeploy } from "../../scripts/lib/run";
import { findPostgresBin, startTempCluster, type TempCluster } from "../../scripts/lib/temp-cluster";
import { bestAnswers, makeUser, makeVendor, publishedTemplate } from "./helpers";

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const bin = findPostgresBin();
if (!bin) console.warn("tests/integration/database-fault.test.ts skipped: no initdb/pg_ctl (install PostgreSQL's server package or set PG_BIN).");

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe.skipIf(!bin)("a database server that stops and starts again", () => {
  let cluster: TempCluster | undefined;
  let token: string;
  let link: string;
  let analyst: Actor;
  let assessmentId: string;
  let answers: [string, AnswerValue][];

  beforeAll(async () => {
    cluster = await startTempCluster(bin!);
    const url = await cluster.createDatabase("vendorscope_fault");
    await migrateDeploy(url, { quiet: true });
    // The app's client is created on first use: from here on it is this cluster's.
    if ((globalThis as { vendorscopeDb?: unknown }).vendorscopeDb) throw new Error("The database client was created before the cluster.");
    process.env.DATABASE_URL = url;
    process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";

    const admin = await makeUser("ADMIN");
    analyst = await makeUser("ANALYST");
    const versionId = await publishedTemplate(admin);
    token = (await createApiToken({ actor: admin, input: { name: "fault", userId: admin.id, expiresInDays: 1 } })).token;
    const vendor = await makeVendor(analyst);
    assessmentId = (await startAssessment({ actor: analyst, vendorId: vendor.id, templateVersionId: versionId })).id;
    const invite = await createInvite({ actor: analyst, assessmentId, input: { name: "Dana Whitfield", email: "dana@vendor.example" }, baseUrl: "https://vs.example" });
    link = invite.link.split("/respond/")[1]!;
    const version = await loadVersion(db, versionId);
    const shown = new Set(version.sections.flatMap((s) => s.questions).filter((q) => !q.showIf).map((q) => q.key));
    answers = Object.entries(bestAnswers(version)).filter(([key]) => shown.has(key));
  }, 90_000);

  afterAll(async () => {
    // The cluster first, so nothing the client might wait for keeps it running.
    await cluster?.destroy();
    await db.$disconnect().catch(() => undefined);
  }, 30_000);

  function send(handler: unknown, method: string, body?: unknown) {
    const headers = new Headers({ authorization: `Bearer ${token}`, "content-type": "application/json" });
    const req = new NextRequest(`http://localhost/api/v1/assessments/${assessmentId}`, { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    return (handler as Handler)(req, { params: Promise.resolve({ id: assessmentId }) });
  }

  const pageRequest = (path: string) => proxy(new NextRequest(`http://localhost${path}`, { headers: { accept: "text/html" } }));
  const stored = async () => (await getAssessment({ actor: analyst, assessmentId })).answers;
  const body = (pairs: [string, AnswerValue][], version: number) => ({ version, answers: pairs.map(([questionKey, value]) => ({ questionKey, value })) });

  it("keeps what it acknowledged, answers 503 while down, writes nothing half and recovers on its own", async () => {
    const [a, b, c] = answers;
    const batch = answers.slice(3, 13);
    expect(batch).toHaveLength(10);

    // Acknowledged saves through each door: the API, the respondent's server action, the domain.
    let version = (await getAssessment({ actor: analyst, assessmentId })).version;
    const viaApi = await send(answersRoute.PUT, "PUT", body([a!], version));
    expect(viaApi.status).toBe(200);
    version = (await viaApi.json()).version;
    const viaAction = await respondentSaveAction({ token: link, body: body([b!], version) });
    expect(viaAction).toMatchObject({ ok: true });
    version = viaAction.ok ? viaAction.data.version : NaN;
    version = (await saveAnswers({ actor: analyst, assessmentId, input: body([c!], version) })).version;
    const acknowledged = Object.fromEntries([a!, b!, c!]);

    // A ten-answer save on its way when the server goes down as if it crashed: all or nothing.
    const cutOff = saveAnswers({ actor: analyst, assessmentId, input: body(batch, version) }).then(
      (r) => ({ ok: true as const, version: r.version }),
      (e: unknown) => ({ ok: false as const, error: e }),
    );
    await cluster!.stop("immediate");
    const outcome = await cutOff;
    if (!outcome.ok) expect(toErrorResponse(outcome.error).status).toBe(503);

    // While down: the API and the health check 503 with Retry-After, the action SERVICE_UNAVAILABLE.
    const read = await send(assessmentRoute.GET, "GET");
    expect(read.status).toBe(503);
    expect(read.headers.get("retry-after")).toBe("5");
    expect((await read.json()).error.code).toBe("SERVICE_UNAVAILABLE");
    const write = await send(answersRoute.PUT, "PUT", body([[a![0], "NO"]], version));
    expect(write.status).toBe(503);
    expect(write.headers.get("retry-after")).toBe("5");
    expect((await health.GET()).status).toBe(503);
    const action = await respondentSaveAction({ token: link, body: body([[b![0], "NO"]], version) });
    expect(action).toMatchObject({ ok: false, error: { code: "SERVICE_UNAVAILABLE", details: { retryAfterSeconds: 5 } } });

    // Pages: a layout or page gets null to render <ServiceUnavailable/>; what escapes it carries
    // the digest the error boundaries recognise (a read, and a transaction that cannot begin).
    expect(await orUnavailable(getAssessment({ actor: analyst, assessmentId }))).toBeNull();
    expect(await failure(getAssessment({ actor: analyst, assessmentId }))).toMatchObject({ digest: UNAVAILABLE_DIGEST });
    expect(await failure(saveAnswers({ actor: analyst, assessmentId, input: body([[a![0], "NO"]], version) }))).toMatchObject({ digest: UNAVAILABLE_DIGEST });
    // The respondent's page renders the unavailable page worded for a vendor, on the server.
    const respondentView = await RespondPage({ params: Promise.resolve({ token: link }) });
    expect(respondentView).toMatchObject({ type: ServiceUnavailable, props: { audience: "respondent" } });
    // … and the proxy answers page requests 503 at once, worded for who asks; never the API.
    expect(databaseRecentlyUnavailable()).toBe(true);
    const page = await pageRequest("/vendors");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(await page.text()).toContain(UNAVAILABLE_COPY.team.title);
    const respondentPage = await pageRequest(`/respond/${link}`);
    expect(respondentPage.status).toBe(503);
    expect(await respondentPage.text()).toContain(UNAVAILABLE_COPY.respondent.title);
    const apiThroughProxy = await proxy(new NextRequest("http://localhost/api/v1/vendors", { headers: { authorization: `Bearer ${token}` } }));
    expect(apiThroughProxy.status).not.toBe(503);

    // Back up: the same process, the same pool.
    await cluster!.start();
    let up = (await health.GET()).status;
    for (let i = 0; i < 20 && up !== 200; i++) {
      await new Promise((r) => setTimeout(r, 250));
      up = (await health.GET()).status;
    }
    expect(up).toBe(200);
    expect(databaseRecentlyUnavailable()).toBe(false);
    expect((await pageRequest("/vendors")).status).not.toBe(503);

    // Every acknowledged answer is there; the cut-off save is there whole if acknowledged, else whole or not at all.
    const after = await stored();
    for (const [key, value] of Object.entries(acknowledged)) expect(after[key]?.value, key).toEqual(value);
    const landed = batch.filter(([key]) => after[key] !== undefined);
    if (outcome.ok) expect(landed).toHaveLength(batch.length);
    else expect([0, batch.length]).toContain(landed.length);
    for (const [key, value] of landed) expect(after[key]?.value, key).toEqual(value);
    expect(after[a![0]]?.value).toEqual(a![1]);
    expect(after[b![0]]?.value).toEqual(b![1]);

    // And a new save goes through.
    const current = (await getAssessment({ actor: analyst, assessmentId })).version;
    if (outcome.ok) expect(current).toBe(outcome.version);
    const again = await send(answersRoute.PUT, "PUT", body([[a![0], "NO"]], current));
    expect(again.status).toBe(200);
    expect((await stored())[a![0]]?.value).toBe("NO");
  }, 60_000);

  it("gives back to the pool the connection of a transaction cut off by the outage", async () => {
    // One connection: if the cut-off transaction kept it, nothing could query after the restart.
    process.env.DATABASE_POOL_SIZE = "1";
    const client = createPrismaClient(cluster!.url("vendorscope_fault"));
    delete process.env.DATABASE_POOL_SIZE;
    try {
      await client.$queryRaw`SELECT 1`;
      const cutOff = failure(
        client.$transaction(async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await new Promise((r) => setTimeout(r, 500));
          await tx.$queryRaw`SELECT 2`;
        }),
      );
      await new Promise((r) => setTimeout(r, 100));
      await cluster!.stop("immediate");
      expect(toErrorResponse(await cutOff).status).toBe(503);
      await cluster!.start();
      await expect(client.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
    } finally {
      await client.$disconnect();
    }
  }, 30_000);
});
