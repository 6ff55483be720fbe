-- Every change to what the catalogue cache holds (stores, sites, categories, products and their
-- images, options, variants, bulk prices and reviews) notifies channel "storefront_catalog" with
-- the site id, or "*" when the site is not known cheaply. Each app instance listens and drops its
-- cached reads for that site. Statement-level triggers notify once per statement and site, so a
-- bulk import sends a handful of notifications, not one per row; PostgreSQL delivers them only
-- when the transaction commits, and folds duplicates within a transaction.

CREATE FUNCTION "storefront_notify_changed_sites"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('storefront_catalog', site::text) FROM (SELECT DISTINCT "siteId" AS site FROM changed) AS sites;
  RETURN NULL;
END $$;

CREATE FUNCTION "storefront_notify_changed_product_sites"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A row whose product is gone (a cascading delete) names no site: every site's cache is dropped.
  PERFORM pg_notify('storefront_catalog', COALESCE(p."siteId"::text, '*'))
  FROM (SELECT DISTINCT "productId" FROM changed) AS c
  LEFT JOIN "Product" AS p ON p.id = c."productId";
  RETURN NULL;
END $$;

CREATE FUNCTION "storefront_notify_all_sites"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('storefront_catalog', '*');
  RETURN NULL;
END $$;

DO $$
DECLARE
  target record;
BEGIN
  FOR target IN
    SELECT * FROM (VALUES
      ('Store', 'storefront_notify_changed_sites'),
      ('Category', 'storefront_notify_changed_sites'),
      ('Product', 'storefront_notify_changed_sites'),
      ('ProductReview', 'storefront_notify_changed_sites'),
      ('ProductImage', 'storefront_notify_changed_product_sites'),
      ('ProductOption', 'storefront_notify_changed_product_sites'),
      ('ProductVariant', 'storefront_notify_changed_product_sites'),
      ('BulkPricingRule', 'storefront_notify_changed_product_sites')
    ) AS t(table_name, function_name)
  LOOP
    -- Transition tables allow one event per trigger: three triggers per table.
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.table_name || '_catalog_insert', target.table_name, target.function_name);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.table_name || '_catalog_update', target.table_name, target.function_name);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.table_name || '_catalog_delete', target.table_name, target.function_name);
  END LOOP;
END $$;

-- Option values, their links to variants and site domains are rare merchant edits: every site's cache goes.
CREATE TRIGGER "ProductOptionValue_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "ProductOptionValue" FOR EACH STATEMENT EXECUTE FUNCTION "storefront_notify_all_sites"();
CREATE TRIGGER "VariantOptionValue_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "VariantOptionValue" FOR EACH STATEMENT EXECUTE FUNCTION "storefront_notify_all_sites"();
CREATE TRIGGER "Site_catalog_change" AFTER INSERT OR UPDATE OR DELETE ON "Site" FOR EACH STATEMENT EXECUTE FUNCTION "storefront_notify_all_sites"();
