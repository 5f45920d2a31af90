import { defineConfig } from "prisma/config";
import { CliPrismaPg } from "./prisma/cli-adapter";
import { pgConfigFromUrl } from "./lib/db-url";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // Separate fields, not a connection string: the shadow database is created with
  // { ...config, database }. A tiny pool lets the CLI exit (and a shadow DB be dropped) at once.
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return new CliPrismaPg({ ...pgConfigFromUrl(url), max: 1, idleTimeoutMillis: 1 });
  },
});
