// `npm run db:migration <name>`: writes prisma/migrations/NNNN_<name>/migration.sql with the SQL that
// takes the schema of the last committed migration to prisma/schema.prisma. The baseline is
// prisma/schema.prisma as of the last commit that changed prisma/migrations (no shadow database:
// Prisma 6.19's wasm engine crashes replaying our hand-written CHECK constraints). Needs
// DATABASE_URL (the CLI connects through the adapter). Review the SQL, append any hand-written
// parts (triggers, checks), then `npm run db:deploy`.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PRISMA_OFFLINE_ENV } from "./lib/run";

const DIR = path.resolve("prisma/migrations");

/** prisma/schema.prisma as committed with the latest migration. */
function baselineSchema(): string {
  const commit = execFileSync("git", ["log", "-1", "--format=%H", "--", "prisma/migrations"]).toString().trim();
  const file = path.join(mkdtempSync(path.join(tmpdir(), "vs-schema-")), "schema.prisma");
  writeFileSync(file, execFileSync("git", ["show", `${commit}:prisma/schema.prisma`]));
  return file;
}

function diff(): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ["prisma", "migrate", "diff", "--from-schema-datamodel", baselineSchema(), "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
    const child = spawn("npx", args, { env: { ...process.env, ...PRISMA_OFFLINE_ENV }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(err || `prisma migrate diff exited ${code}`))));
  });
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z][a-z0-9_]{0,60}$/.test(name)) {
    console.error("Usage: npm run db:migration <name>   (lower case, digits and _; e.g. add_vendors)");
    process.exit(2);
  }
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL must point at a PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/postgres).");
    process.exit(2);
  }
  const sql = await diff();
  if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
    console.log("No schema changes: nothing written.");
    return;
  }
  const numbers = readdirSync(DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => Number.parseInt(e.name, 10))
    .filter(Number.isFinite);
  const next = String(Math.max(0, ...numbers) + 1).padStart(4, "0");
  const target = path.join(DIR, `${next}_${name}`);
  mkdirSync(target);
  writeFileSync(path.join(target, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), target)}/migration.sql`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
