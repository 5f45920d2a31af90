// `npm run db:migration <name>`: writes prisma/migrations/NNNN_<name>/migration.sql with the SQL that
// takes the existing migrations to prisma/schema.prisma. Needs a real PostgreSQL in DATABASE_URL
// (Prisma replays the migrations into a temporary shadow database there). Review the SQL, append any
// hand-written parts (triggers, partial indexes), then `npm run db:deploy`.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PRISMA_OFFLINE_ENV } from "./lib/run";

const DIR = path.resolve("prisma/migrations");

function diff(): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ["prisma", "migrate", "diff", "--from-migrations", DIR, "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
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
