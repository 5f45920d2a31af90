// `npm run test:e2e`: a fresh database on the local PostgreSQL, migrated and seeded; a production
// build; Playwright with Debian's Chromium against `next start`; the database dropped afterwards.
import { randomBytes } from "node:crypto";
import { createTestDatabase } from "./lib/test-db";
import { run } from "./lib/run";

async function main() {
  const database = await createTestDatabase("vendorscope_e2e");
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    await run("npx", ["tsx", "prisma/seed.ts"], env);
    if (process.env.E2E_SKIP_BUILD !== "1") await run("npx", ["next", "build"], env);
    await run("npx", ["playwright", "test", ...process.argv.slice(2)], env);
  } finally {
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
