import { randomBytes } from "node:crypto";
import pg from "pg";
import { isLocalDatabaseUrl, withDatabase } from "../../lib/db-url";
import { migrateDeploy } from "./run";

/** The local server that test databases are created on (never used for data itself). */
export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  if (!isLocalDatabaseUrl(url)) {
    throw new Error(`Refusing to create test databases on a non-local server: ${new URL(url).hostname}`);
  }
  return url;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, migrated database with a random name; `drop()` removes it. */
export async function createTestDatabase(prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(adminUrl(), name);
  try {
    await migrateDeploy(url, { quiet: true });
  } catch (error) {
    await dropDatabase(name);
    throw error;
  }
  return { name, url, drop: () => dropDatabase(name) };
}

/**
 * A copy of a (migrated, idle) template database under a new name. Retries while the template is
 * briefly in use (PostgreSQL refuses to copy a database others are connected to: 55006).
 */
export async function cloneDatabase(template: string) {
  const name = `${template}_${randomBytes(4).toString("hex")}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return { name, url: withDatabase(adminUrl(), name), drop: () => dropDatabase(name) };
}

export function dropDatabase(name: string) {
  return admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
