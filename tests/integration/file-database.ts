// Runs before each integration test file: clones the run's migrated template into a database of the
// file's own and points DATABASE_URL at it, so a file's assertions (row counts, fingerprints, killed
// connections) never meet another file's work. Dropped after the file.
import { afterAll } from "vitest";
import { cloneDatabase, dropDatabase } from "../../scripts/lib/test-db";

const template = process.env.TEST_TEMPLATE_DATABASE;
if (!template) throw new Error("TEST_TEMPLATE_DATABASE is not set: run integration tests through vitest (tests/integration/global-setup.ts).");

const database = await cloneDatabase(template);
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const db = (globalThis as { vendorscopeDb?: { $disconnect(): Promise<void> } }).vendorscopeDb;
  await db?.$disconnect();
  await dropDatabase(database.name);
});
