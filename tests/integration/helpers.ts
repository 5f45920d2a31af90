import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AnswerValue } from "@/lib/scoring";
import type { TemplateFileInput } from "@/lib/validation/template";
import type { VersionDto } from "@/lib/server/templates/version-dto";
import { importTemplate } from "@/lib/server/templates/import-template";
import { publishVersion } from "@/lib/server/templates/publish-version";
import { saveVendor } from "@/lib/server/vendors/save-vendor";

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomBytes(4).toString("hex")}@test.example`;
}

/** A real user row, returned as the actor the domain layer expects. */
export async function makeUser(role: Role, options: { password?: string; active?: boolean } = {}): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: uniqueEmail(role.toLowerCase()),
      name: `Test ${role}`,
      role,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "correct-horse-battery"),
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export async function auditRowsFor(entityId: string) {
  return db.auditEvent.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });
}

/** Awaits a promise that must fail with an AppError of the given code, and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

/** Plain SQL on its own connection, past the application (for database-level guarantees). */
export async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

const DEFAULT_FILE = path.resolve("prisma/templates/ai-vendor-risk-v1.json");

/** The default template under a unique key, so tests can run side by side. */
export function defaultTemplateFile(): TemplateFileInput {
  const file = JSON.parse(readFileSync(DEFAULT_FILE, "utf8")) as TemplateFileInput;
  file.template.key = `t_${randomBytes(5).toString("hex")}`;
  return file;
}

/** A published copy of the default template (its own template, so other tests cannot retire it). */
export async function publishedTemplate(admin: Actor) {
  const { versionId } = await importTemplate({ actor: admin, input: defaultTemplateFile() });
  await publishVersion({ actor: admin, versionId });
  return versionId;
}

/** The best answer to every question of a version. */
export function bestAnswers(version: VersionDto): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const q of version.sections.flatMap((s) => s.questions)) {
    if (q.type === "YES_NO" || q.type === "YES_PARTIAL_NO") answers[q.key] = "YES";
    else if (q.type === "MATURITY") answers[q.key] = 4;
    else if (q.type === "CHOICE") answers[q.key] = [...q.options!].sort((a, b) => b.score - a.score)[0]!.value;
    else if (q.type === "MULTI") answers[q.key] = q.options!.filter((o) => o.score > 0).map((o) => o.value);
    else if (q.type === "NUMBER") answers[q.key] = [...q.bands!].sort((a, b) => b.score - a.score)[0]!.max;
    else answers[q.key] = "Described in our security whitepaper.";
  }
  return answers;
}

/** A vendor with one product, owned by the given user. */
export async function makeVendor(actor: Actor, over: Partial<Parameters<typeof saveVendor>[0]["input"]> = {}) {
  return saveVendor({
    actor,
    input: {
      name: `Vendor ${randomBytes(4).toString("hex")}`,
      country: "US",
      ownerId: actor.id,
      products: [{ name: "Model API", model: "model-large-2026-01" }],
      dataSensitivity: "CONFIDENTIAL",
      businessCriticality: "HIGH",
      integrationDepth: "API_INTEGRATION",
      regulatedUse: false,
      ...over,
    },
  });
}
