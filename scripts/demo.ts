// `npm run demo`: Vendorscope with demo data on http://localhost:3000.
// Without DATABASE_URL it starts an embedded PostgreSQL-compatible database (PGlite, persisted under
// .data/pglite) behind a Postgres socket, so it needs nothing but Node. With DATABASE_URL it uses
// that server. Either way: apply migrations, seed demo data, build if needed, start the app.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { migrateDeploy, run } from "./lib/run";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/demo-users";

const PORT = Number(process.env.PORT ?? 3000);
const DATA_DIR = path.resolve(".data");

type Stop = () => Promise<void>;

async function startEmbeddedDatabase(): Promise<{ url: string; stop: Stop }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  mkdirSync(DATA_DIR, { recursive: true });
  // pg_trgm: the register's search index (migration 0016).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const db = await PGlite.create(path.join(DATA_DIR, "pglite"), { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: Number(process.env.EMBEDDED_DB_PORT ?? 0), maxConnections: 20 });
  await server.start();
  const port = server.getServerConn().split(":").pop();
  console.log(`Embedded database (PGlite) at 127.0.0.1:${port}, data in .data/pglite`);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in .data/. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "generated", "public"].map((d) => newestSource(path.resolve(d)));
  const files = ["next.config.ts", "proxy.ts", "package.json"].filter(existsSync).map((f) => statSync(f).mtimeMs);
  return Math.max(...sources, ...files) > built;
}

async function main() {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase();
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  // PGlite runs one query at a time: a small pool is plenty and keeps it calm.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? (embedded ? "4" : "10"),
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    VENDORSCOPE_DEMO: "1",
  };

  let app: ChildProcess | null = null;
  let stopping = false;
  const shutdown = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    app?.kill("SIGTERM");
    await embedded?.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    console.log("Applying migrations…");
    await migrateDeploy(databaseUrl, { quiet: true });
    console.log("Seeding demo data…");
    await run("npx", ["tsx", "prisma/seed.ts"], env);
    if (buildIsStale()) {
      console.log("Building the app (first run, about a minute)…");
      await run("npx", ["next", "build"], env);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
    return;
  }

  app = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(PORT)], { env, stdio: ["ignore", "pipe", "inherit"] });
  app.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready in/.test(text)) {
      console.log(`\nVendorscope is running at http://localhost:${PORT}\n`);
      console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
      for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(22)} ${user.role}`);
      console.log("\nPress Ctrl+C to stop.");
    }
  });
  app.on("exit", (code) => void shutdown(code ?? 0));
}

void main();
