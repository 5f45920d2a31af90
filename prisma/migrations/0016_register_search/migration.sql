-- The vendor register's search and sorts (issue 18), hand-written: Prisma's schema cannot express
-- trigram operator classes or NULLS LAST, and scripts/new-migration.ts diffs schema to schema, so
-- later migrations leave these alone.

-- Search: "q" matches a substring of the vendor's name or of a product's name or model, case
-- insensitively. Those are kept together, lower-cased and one per line, in "searchText" (kept up to
-- date by the triggers below, on the vendor's name and on its products), so a search is one LIKE
-- on one trigram-indexed column instead of an OR over two tables the planner reads row by row.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
ALTER TABLE "Vendor" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION vendor_search_text(vendor_id TEXT, vendor_name TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT lower(vendor_name || COALESCE((SELECT string_agg(E'\n' || p.name || E'\n' || p.model, '' ORDER BY p."order", p.id) FROM "VendorProduct" p WHERE p."vendorId" = vendor_id), ''))
$$;

CREATE FUNCTION vendor_search_on_vendor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchText" := vendor_search_text(NEW.id, NEW.name);
  RETURN NEW;
END $$;
CREATE TRIGGER vendor_search_on_vendor BEFORE INSERT OR UPDATE OF name, "searchText" ON "Vendor"
  FOR EACH ROW EXECUTE FUNCTION vendor_search_on_vendor();

CREATE FUNCTION vendor_search_on_product() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Setting "searchText" fires the vendor's trigger, which recomputes it from its products.
  IF TG_OP <> 'INSERT' THEN UPDATE "Vendor" SET "searchText" = '' WHERE id = OLD."vendorId"; END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."vendorId" <> OLD."vendorId") THEN UPDATE "Vendor" SET "searchText" = '' WHERE id = NEW."vendorId"; END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER vendor_search_on_product AFTER INSERT OR UPDATE OF name, model, "order", "vendorId" OR DELETE ON "VendorProduct"
  FOR EACH ROW EXECUTE FUNCTION vendor_search_on_product();

UPDATE "Vendor" SET "searchText" = '';
CREATE INDEX "Vendor_searchText_trgm_idx" ON "Vendor" USING gin ("searchText" gin_trgm_ops);

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
