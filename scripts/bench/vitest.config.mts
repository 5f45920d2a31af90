// The bench's own unit tests (percentiles, the RESULTS.md rendering): `npm run test:bench`, also run
// by `npm run test:unit`. Separate from vitest.config.mts, whose projects cover lib/, components/ and
// tests/integration/ only.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: { name: "bench", include: ["scripts/bench/**/*.test.ts"], environment: "node" },
});
