-- Order numbers move out of "Store" into their own row: each order locks the counter until it
-- commits, and an UPDATE of "Store" notifies the catalogue caches, which dropped every cached
-- read and page of the site on every order.
CREATE TABLE "OrderCounter" (
    "siteId" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderCounter_pkey" PRIMARY KEY ("siteId")
);

ALTER TABLE "OrderCounter" ADD CONSTRAINT "OrderCounter_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "OrderCounter" ("siteId", "value") SELECT "siteId", "orderSequence" FROM "Store";

ALTER TABLE "Store" DROP COLUMN "orderSequence";

-- Tax rates and shipping zones and rates are cached per site beside the catalogue: their changes
-- notify the same channel (migration 20261130150000_catalog_change_notifications).
CREATE FUNCTION "storefront_notify_changed_zone_sites"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A rate whose zone is gone (a cascading delete) names no site: every site's cache is dropped.
  PERFORM pg_notify('storefront_catalog', COALESCE(z."siteId"::text, '*'))
  FROM (SELECT DISTINCT "zoneId" FROM changed) AS c
  LEFT JOIN "ShippingZone" AS z ON z.id = c."zoneId";
  RETURN NULL;
END $$;

DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT * FROM (VALUES
      ('TaxRate', 'storefront_notify_changed_sites'),
      ('ShippingZone', 'storefront_notify_changed_sites'),
      ('ShippingRate', 'storefront_notify_changed_zone_sites')
    ) AS t(table_name, function_name)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.table_name || '_catalog_insert', target.table_name, target.function_name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.table_name || '_catalog_update', target.table_name, target.function_name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.table_name || '_catalog_delete', target.table_name, target.function_name);
  END LOOP;
END $$;
