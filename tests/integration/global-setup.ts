import { createTestDatabase } from "../../scripts/lib/test-db";

// One fresh database per run on the local PostgreSQL, dropped afterwards.
export default async function setup() {
  const database = await createTestDatabase("vendorscope_it");
  process.env.DATABASE_URL = database.url;
  return async () => {
    await database.drop();
  };
}
