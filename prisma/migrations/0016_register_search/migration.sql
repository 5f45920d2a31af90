-- The vendor register's search and sorts (issue 18), hand-written: Prisma's schema cannot express
-- trigram operator classes or NULLS LAST, and scripts/new-migration.ts diffs schema to schema, so
-- later migrations leave these alone.

-- Search: "q" matches a substring of the vendor's name or of a product's name or model, case
-- insensitively (ILIKE '%q%'). Trigram indexes answer those without reading every row; PostgreSQL
-- maintains them with the rows, so nothing else has to keep a search column up to date.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Vendor_name_trgm_idx" ON "Vendor" USING gin (name gin_trgm_ops);
CREATE INDEX "VendorProduct_name_trgm_idx" ON "VendorProduct" USING gin (name gin_trgm_ops);
CREATE INDEX "VendorProduct_model_trgm_idx" ON "VendorProduct" USING gin (model gin_trgm_ops);

-- Sorts: each in the register's exact order (its column, then name, then id), so a page is read
-- off the index instead of sorting every vendor.
CREATE INDEX "Vendor_name_id_idx" ON "Vendor" (name, id);
CREATE INDEX "Vendor_latestScore_desc_idx" ON "Vendor" ("latestScore" DESC NULLS LAST, name, id);
CREATE INDEX "Vendor_latestScore_asc_idx" ON "Vendor" ("latestScore" ASC NULLS LAST, name, id);
CREATE INDEX "Vendor_riskRating_sort_idx" ON "Vendor" ("riskRating" DESC NULLS LAST, name, id);
CREATE INDEX "Vendor_nextReviewAt_sort_idx" ON "Vendor" ("nextReviewAt", name, id);
CREATE INDEX "Vendor_tier_sort_idx" ON "Vendor" (tier, name, id);

-- The filters the register combines most (rating and tier).
CREATE INDEX "Vendor_riskRating_tier_idx" ON "Vendor" ("riskRating", tier);
