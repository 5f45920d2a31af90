import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { createPool } from "@/lib/db-pool";
import { noteDatabaseAnswered, noteDatabaseUnavailable } from "@/lib/db-status";
import { isDatabaseUnavailable, UnstorableTextError } from "@/lib/errors";
import { findUnstorableText } from "@/lib/validation/common";

/**
 * A Prisma client on the driver adapter. Password hashes are omitted unless asked for. Text
 * PostgreSQL cannot store (NUL, a lone surrogate) that got past the zod schemas is refused as a 400
 * before the query is built (Prisma itself fails on a lone surrogate with an error that has no code).
 * Every query's outcome tells lib/db-status.ts whether the database is reachable; the pool
 * (lib/db-pool.ts) makes a broken connection a typed error and never loses a connection to one.
 */
export function createPrismaClient(connectionString = process.env.DATABASE_URL) {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const pool = createPool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5_000 });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Transactions are short, but a busy process (a PDF render holds the event loop for a second)
  // can stretch one past Prisma's 5 s default: then a user's acknowledged save would fail.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, transactionOptions: { maxWait: 10_000, timeout: 20_000 } }).$extends({
    query: {
      async $allOperations({ args, query }) {
        const bad = findUnstorableText(args);
        if (bad) {
          const path = bad.path.filter((p) => !["data", "where", "create", "update"].includes(String(p))).join(".") || "(root)";
          throw new UnstorableTextError(path, bad.message);
        }
        return noted(query(args));
      },
    },
  });
}

/** Passes a query's outcome to lib/db-status.ts (reachable, or not: then the error is tagged). */
export async function noted<T>(promise: Promise<T>): Promise<T> {
  try {
    const result = await promise;
    noteDatabaseAnswered();
    return result;
  } catch (error) {
    if (isDatabaseUnavailable(error)) noteDatabaseUnavailable(error as object);
    throw error;
  }
}
