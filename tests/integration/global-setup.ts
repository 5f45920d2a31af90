import { createTestDatabase } from "../../scripts/lib/test-db";

// One migrated template database per run on the local PostgreSQL; every test file clones its own
// database from it (tests/integration/file-database.ts), so files run in parallel without sharing
// rows. Dropped afterwards.
export default async function setup() {
  const template = await createTestDatabase("vendorscope_it");
  process.env.TEST_TEMPLATE_DATABASE = template.name;
  process.env.DATABASE_URL = template.url;
  return async () => {
    await template.drop();
  };
}
