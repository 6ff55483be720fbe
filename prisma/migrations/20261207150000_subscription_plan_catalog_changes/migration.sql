-- Product pages show their product's subscription plans, so a plan change must reach the
-- catalogue caches as a product change does (20261130150000_catalog_change_notifications).
-- Storing the plan's Stripe Price on first use changes nothing a page shows, and would empty the
-- site's caches on each plan's first subscription: updates notify only for the columns shown.

CREATE FUNCTION "storefront_notify_changed_plan_sites"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('storefront_catalog', site::text)
  FROM (
    SELECT DISTINCT n."siteId" AS site
    FROM changed AS n JOIN previous AS o ON o.id = n.id
    WHERE (n."siteId", n."productId", n.name, n.interval, n."intervalCount", n.price, n.currency, n.active)
      IS DISTINCT FROM (o."siteId", o."productId", o.name, o.interval, o."intervalCount", o.price, o.currency, o.active)
  ) AS sites;
  RETURN NULL;
END $$;

CREATE TRIGGER "SubscriptionPlan_catalog_insert" AFTER INSERT ON "SubscriptionPlan" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "storefront_notify_changed_sites"();
CREATE TRIGGER "SubscriptionPlan_catalog_update" AFTER UPDATE ON "SubscriptionPlan" REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "storefront_notify_changed_plan_sites"();
CREATE TRIGGER "SubscriptionPlan_catalog_delete" AFTER DELETE ON "SubscriptionPlan" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "storefront_notify_changed_sites"();
