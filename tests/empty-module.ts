// Stands in for `server-only` under vitest and in scripts (scripts/lib/server-context.ts).
export {};
