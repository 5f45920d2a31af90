// Stands in for `server-only` under vitest (it throws outside a React server bundle).
export {};
