import "server-only";
import { createPrismaClient, noted } from "./prisma-client";

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { vendorscopeDb?: Db };

/** The Prisma singleton, created on first use (so a build needs no database). */
export function getDb(): Db {
  globalForDb.vendorscopeDb ??= createPrismaClient();
  return globalForDb.vendorscopeDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    if (typeof value !== "function") return value;
    // A transaction that cannot even begin (no connection) fails outside the query extension.
    if (prop === "$transaction") return (...args: unknown[]) => noted(value.apply(client, args) as Promise<unknown>);
    return value.bind(client);
  },
});
