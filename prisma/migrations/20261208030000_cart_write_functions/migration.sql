-- Writing to a cart in one round trip. An add used to be an interactive transaction of five to seven
-- statements (BEGIN, open the cart, read stock and lines, write the line, COMMIT), and each
-- statement cost the app server more CPU than the database spent on it. These functions run the
-- same steps inside PostgreSQL. A PL/pgSQL function is one statement to its caller, so an error
-- rolls all of it back, and each statement in it reads the rows committed before it started, so
-- the stock check after the cart lock sees every line a concurrent add has committed.

-- The session's cart, ready to take items and locked until the transaction ends, so that writes to
-- one cart run one after another. Created on first use (INSERT ... ON CONFLICT: two first requests
-- of a session cannot make two carts). An expired or converted cart starts over empty; an abandoned
-- one becomes active again, its shopper came back.
CREATE FUNCTION "storefront_open_cart"(site INTEGER, session TEXT, at TIMESTAMPTZ, expires TIMESTAMPTZ)
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  cart_id INTEGER;
  cart_status "CartStatus";
  cart_expires TIMESTAMPTZ;
  starts_over BOOLEAN;
BEGIN
  INSERT INTO "Cart" ("siteId", "sessionId", status, "lastActivityAt", "expiresAt", "createdAt", "updatedAt")
  VALUES (site, session, 'active', at, expires, at, at)
  ON CONFLICT ("siteId", "sessionId") DO NOTHING
  RETURNING id INTO cart_id;
  IF cart_id IS NOT NULL THEN
    RETURN cart_id;
  END IF;

  SELECT id, status, "expiresAt" INTO cart_id, cart_status, cart_expires
  FROM "Cart" WHERE "siteId" = site AND "sessionId" = session FOR UPDATE;
  starts_over := cart_status IN ('converted', 'expired') OR cart_expires <= at;
  IF starts_over THEN
    DELETE FROM "CartItem" WHERE "cartId" = cart_id;
  END IF;
  UPDATE "Cart" SET
    status = 'active',
    "lastActivityAt" = at,
    "expiresAt" = expires,
    "updatedAt" = at,
    "abandonedAt" = CASE WHEN starts_over THEN NULL ELSE "abandonedAt" END,
    "recoveryTokenHash" = CASE WHEN starts_over THEN NULL ELSE "recoveryTokenHash" END
  WHERE id = cart_id;
  RETURN cart_id;
END $$;

-- Stores the unit price of each line of a product in a cart after its quantities change: the line's
-- variant price, else the product's, lowered by the best bulk tier that all the product's units in
-- the cart reach (the rule lib/cart/pricing.ts applies when a cart is read).
CREATE FUNCTION "storefront_reprice_product_lines"(cart INTEGER, product INTEGER, at TIMESTAMPTZ)
RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CartItem" AS line SET "unitPrice" = priced.price, "updatedAt" = at
  FROM (
    SELECT l.id, LEAST(
      COALESCE(v.price, p.price),
      (SELECT min(r."unitPrice") FROM "BulkPricingRule" r
       WHERE r."productId" = product
         AND r."minQuantity" <= (SELECT sum(quantity) FROM "CartItem" WHERE "cartId" = cart AND "productId" = product))
    ) AS price
    FROM "CartItem" l
    JOIN "Product" p ON p.id = l."productId"
    LEFT JOIN "ProductVariant" v ON v.id = l."variantId"
    WHERE l."cartId" = cart AND l."productId" = product
  ) AS priced
  WHERE line.id = priced.id AND line."unitPrice" <> priced.price;
END $$;

-- Units of a product (one variant of it when variant is set) that a cart can still take: the stock
-- less what the cart's lines of it hold, except_line aside (a line being set to a new quantity).
-- NULL when the product does not track stock. SF404 when the product or variant is gone.
CREATE FUNCTION "storefront_units_left"(cart INTEGER, product INTEGER, variant INTEGER, except_line INTEGER)
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  available INTEGER;
BEGIN
  IF variant IS NULL THEN
    SELECT CASE WHEN p."trackInventory" THEN p.inventory END INTO available FROM "Product" p WHERE p.id = product;
  ELSE
    SELECT v.inventory INTO available FROM "ProductVariant" v WHERE v.id = variant AND v."productId" = product;
  END IF;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'product or variant % of product % not found', variant, product USING ERRCODE = 'SF404';
  END IF;
  RETURN available - (
    SELECT COALESCE(sum(l.quantity), 0)::INTEGER FROM "CartItem" l
    WHERE l."cartId" = cart AND l."productId" = product AND l."variantId" IS NOT DISTINCT FROM variant
      AND l.id IS DISTINCT FROM except_line
  );
END $$;

-- POST /cart's write (lib/cart/add-cart-item.ts): opens the session's cart and adds `units` of a
-- product (one variant of it, or a design of it). A plain line of the same variant grows; a designed
-- item always makes a new line. Refuses more units than are in stock, counting every line of the
-- variant the cart already holds, and a line over max_line units. Errors carry their own SQLSTATE:
--   SF404 the product or variant is gone; SF409 not enough stock, DETAIL the units left;
--   SF422 the line would hold more than max_line units.
CREATE FUNCTION "storefront_add_cart_item"(
  site INTEGER, session TEXT, product INTEGER, variant INTEGER, design INTEGER, legacy_design UUID,
  units INTEGER, max_line INTEGER, at TIMESTAMPTZ, expires TIMESTAMPTZ
) RETURNS SETOF "CartItem" LANGUAGE plpgsql AS $$
DECLARE
  cart_id INTEGER := "storefront_open_cart"(site, session, at, expires);
  left_units INTEGER;
  mergeable_id INTEGER;
  mergeable_quantity INTEGER;
  line_id INTEGER;
BEGIN
  left_units := "storefront_units_left"(cart_id, product, variant, NULL);
  IF units > left_units THEN
    RAISE EXCEPTION 'not enough stock' USING ERRCODE = 'SF409', DETAIL = left_units::TEXT;
  END IF;

  IF design IS NULL AND legacy_design IS NULL THEN
    SELECT l.id, l.quantity INTO mergeable_id, mergeable_quantity
    FROM "CartItem" l
    WHERE l."cartId" = cart_id AND l."productId" = product AND l."variantId" IS NOT DISTINCT FROM variant
      AND l."designId" IS NULL AND l."legacyDesignUuid" IS NULL
    ORDER BY l.id LIMIT 1;
  END IF;
  IF mergeable_id IS NOT NULL THEN
    IF mergeable_quantity + units > max_line THEN
      RAISE EXCEPTION 'a line holds at most % units', max_line USING ERRCODE = 'SF422';
    END IF;
    UPDATE "CartItem" SET quantity = mergeable_quantity + units, "updatedAt" = at WHERE id = mergeable_id;
    line_id := mergeable_id;
  ELSE
    -- Priced below with the product's other lines.
    INSERT INTO "CartItem" ("cartId", "productId", "variantId", "designId", "legacyDesignUuid", quantity, "unitPrice", "createdAt", "updatedAt")
    VALUES (cart_id, product, variant, design, legacy_design, units, 0, at, at)
    RETURNING id INTO line_id;
  END IF;

  PERFORM "storefront_reprice_product_lines"(cart_id, product, at);
  RETURN QUERY SELECT * FROM "CartItem" WHERE id = line_id;
END $$;

-- PUT /cart's write (lib/cart/update-cart-item.ts): sets a line of the session's cart to `units`,
-- and 0 removes it; the product's lines are priced again either way. Answers the line, or no row
-- when it was removed. SF404 when the cart holds no such line (a concurrent request may have removed
-- it), SF409 as storefront_add_cart_item.
CREATE FUNCTION "storefront_set_cart_item_quantity"(
  site INTEGER, session TEXT, line_id INTEGER, units INTEGER, at TIMESTAMPTZ, expires TIMESTAMPTZ
) RETURNS SETOF "CartItem" LANGUAGE plpgsql AS $$
DECLARE
  cart_id INTEGER := "storefront_open_cart"(site, session, at, expires);
  line "CartItem";
  left_units INTEGER;
BEGIN
  SELECT * INTO line FROM "CartItem" WHERE id = line_id AND "cartId" = cart_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'cart item % not found', line_id USING ERRCODE = 'SF404';
  END IF;
  IF units = 0 THEN
    DELETE FROM "CartItem" WHERE id = line_id;
  ELSE
    left_units := "storefront_units_left"(cart_id, line."productId", line."variantId", line_id);
    IF units > left_units THEN
      RAISE EXCEPTION 'not enough stock' USING ERRCODE = 'SF409', DETAIL = left_units::TEXT;
    END IF;
    UPDATE "CartItem" SET quantity = units, "updatedAt" = at WHERE id = line_id;
  END IF;
  PERFORM "storefront_reprice_product_lines"(cart_id, line."productId", at);
  RETURN QUERY SELECT * FROM "CartItem" WHERE id = line_id;
END $$;
