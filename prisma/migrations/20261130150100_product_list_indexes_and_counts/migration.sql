-- DropIndex
DROP INDEX "Product_siteId_status_createdAt_idx";

-- DropIndex
DROP INDEX "Product_siteId_status_price_idx";

-- DropIndex
DROP INDEX "Product_siteId_status_featured_idx";

-- DropIndex
DROP INDEX "Product_categoryId_status_idx";

-- CreateTable
CREATE TABLE "ActiveProductCount" (
    "siteId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,

    CONSTRAINT "ActiveProductCount_pkey" PRIMARY KEY ("siteId","categoryId")
);

-- CreateIndex
CREATE INDEX "Product_siteId_status_createdAt_id_idx" ON "Product"("siteId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_siteId_status_price_id_idx" ON "Product"("siteId", "status", "price", "id");

-- CreateIndex
CREATE INDEX "Product_siteId_status_featured_createdAt_id_idx" ON "Product"("siteId", "status", "featured" DESC, "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_categoryId_siteId_status_createdAt_id_idx" ON "Product"("categoryId", "siteId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Product_categoryId_siteId_status_price_id_idx" ON "Product"("categoryId", "siteId", "status", "price", "id");

-- CreateIndex
CREATE INDEX "Product_categoryId_siteId_status_featured_createdAt_id_idx" ON "Product"("categoryId", "siteId", "status", "featured" DESC, "createdAt" DESC, "id" DESC);


-- "ActiveProductCount" holds how many active products each shop has per category (0: none), so the
-- storefront list's total reads a few rows instead of counting up to every product of a large shop.
-- Statement triggers keep it in the writer's transaction, whatever path writes "Product": Prisma,
-- raw SQL, bulk imports, and the foreign-key actions (a deleted category nulls its products, a
-- deleted shop deletes them). Prisma's schema cannot declare triggers, so they live only here.
CREATE FUNCTION "ActiveProductCount_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sites int[];
  categories int[];
  deltas bigint[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM "ActiveProductCount";
    RETURN NULL;
  END IF;
  -- Each branch names only the transition tables its event has. Sorted, so that concurrent writers
  -- lock counter rows in one order.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("siteId"), array_agg("categoryId"), array_agg(delta) INTO sites, categories, deltas
    FROM (SELECT "siteId", COALESCE("categoryId", 0) AS "categoryId", count(*) AS delta
          FROM new_products WHERE "status" = 'active' GROUP BY 1, 2 ORDER BY 1, 2) changed;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("siteId"), array_agg("categoryId"), array_agg(delta) INTO sites, categories, deltas
    FROM (SELECT "siteId", COALESCE("categoryId", 0) AS "categoryId", -count(*) AS delta
          FROM old_products WHERE "status" = 'active' GROUP BY 1, 2 ORDER BY 1, 2) changed;
  ELSE
    -- An update that leaves status, shop and category alone (a stock change at checkout) nets to
    -- nothing, writes nothing and so never waits on a counter row.
    SELECT array_agg("siteId"), array_agg("categoryId"), array_agg(delta) INTO sites, categories, deltas
    FROM (SELECT "siteId", "categoryId", sum(delta) AS delta
          FROM (SELECT "siteId", COALESCE("categoryId", 0) AS "categoryId", -1 AS delta FROM old_products WHERE "status" = 'active'
                UNION ALL
                SELECT "siteId", COALESCE("categoryId", 0), 1 FROM new_products WHERE "status" = 'active') moves
          GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2) changed;
  END IF;
  IF sites IS NULL THEN
    RETURN NULL;
  END IF;
  INSERT INTO "ActiveProductCount" AS counted ("siteId", "categoryId", "total")
  SELECT * FROM unnest(sites, categories, deltas)
  ON CONFLICT ("siteId", "categoryId") DO UPDATE SET "total" = counted."total" + EXCLUDED."total";
  -- Emptied rows go, so deleted shops and categories leave nothing behind.
  DELETE FROM "ActiveProductCount"
  WHERE ("siteId", "categoryId") IN (SELECT * FROM unnest(sites, categories)) AND "total" = 0;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Product_active_count_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION "ActiveProductCount_sync"();
CREATE TRIGGER "Product_active_count_update" AFTER UPDATE ON "Product"
  REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION "ActiveProductCount_sync"();
CREATE TRIGGER "Product_active_count_delete" AFTER DELETE ON "Product"
  REFERENCING OLD TABLE AS old_products FOR EACH STATEMENT EXECUTE FUNCTION "ActiveProductCount_sync"();
CREATE TRIGGER "Product_active_count_truncate" AFTER TRUNCATE ON "Product"
  FOR EACH STATEMENT EXECUTE FUNCTION "ActiveProductCount_sync"();

-- The products there already; the triggers above hold off writers until this transaction commits.
INSERT INTO "ActiveProductCount" ("siteId", "categoryId", "total")
SELECT "siteId", COALESCE("categoryId", 0), count(*) FROM "Product" WHERE "status" = 'active' GROUP BY 1, 2;
