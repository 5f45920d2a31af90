// `npm run db:deploy`: applies pending migrations to DATABASE_URL, then the data backfills that need
// the application's own rules (0007: every vendor's risk rating through lib/scoring/vendor-rating.ts;
// 0014: the shipped clause library published as the first stored version).
import "./lib/server-context";
import { getDb } from "../lib/db";
import { rateUnratedVendors } from "../lib/server/ratings/rate-unrated-vendors";
import { installShippedLibrary } from "../lib/server/clauses/install-shipped-library";
import { migrateDeploy } from "./lib/run";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the database to migrate.");
  await migrateDeploy(url);
  try {
    const rated = await rateUnratedVendors();
    const library = await installShippedLibrary();
    console.log(`db:deploy: migrations applied; ${rated} vendor(s) rated${library ? `; clause library v${library} installed` : ""}.`);
  } finally {
    await getDb().$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
