import pg from "pg";

// Grows the demo shop (site 1) to `size` active products with set-based SQL, so that 100,000
// products take seconds: names, slugs and prices follow the row number, categories and images
// are dealt round-robin from the demo ones. Stock is plentiful so that carts and checkouts never
// run out during a run. Finishes like a live database would be: statistics fresh, GIN lists flushed.
export async function seedBenchCatalogue(databaseUrl: string, siteId: number, size: number): Promise<number> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Product" WHERE "siteId" = $1`, [siteId]);
    const missing = size - Number(rows[0].count);
    if (missing > 0) {
      await client.query(
        `WITH leaf AS (
           SELECT c.id, row_number() OVER (ORDER BY c.id) - 1 AS i, count(*) OVER () AS n
           FROM "Category" c WHERE c."siteId" = $1 AND NOT EXISTS (SELECT 1 FROM "Category" k WHERE k."parentId" = c.id)
         )
         INSERT INTO "Product" ("siteId", "categoryId", name, slug, "shortDescription", price, inventory, status, featured, "createdAt", "updatedAt")
         SELECT $1, leaf.id, 'Bench item ' || g, 'bench-item-' || g, 'A well-made everyday thing, number ' || g,
                500 + (g * 37) % 9500, 1000000, 'active', g % 50 = 0, now() - (g || ' minutes')::interval, now()
         FROM generate_series(1, $2::int) AS g
         JOIN leaf ON leaf.i = g % leaf.n`,
        [siteId, missing],
      );
      await client.query(
        `WITH pictures AS (
           SELECT url, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n
           FROM "ProductImage" WHERE "order" = 0 AND "productId" IN (SELECT id FROM "Product" WHERE "siteId" = $1)
         )
         INSERT INTO "ProductImage" ("productId", url, alt, "order")
         SELECT p.id, pictures.url, p.name, 0
         FROM "Product" p JOIN pictures ON pictures.i = p.id % pictures.n
         WHERE p."siteId" = $1 AND p.slug LIKE 'bench-item-%'`,
        [siteId],
      );
    }
    await client.query(`UPDATE "Product" SET inventory = 1000000 WHERE "siteId" = $1`, [siteId]);
    await client.query(`UPDATE "ProductVariant" SET inventory = 1000000 WHERE "productId" IN (SELECT id FROM "Product" WHERE "siteId" = $1)`, [siteId]);
    await client.query(`VACUUM ANALYZE`);
  } finally {
    await client.end();
  }
  return Date.now() - started;
}

/** Carts ready for checkout, one per session id: each holds two units of one product. */
export async function createBenchCarts(databaseUrl: string, siteId: number, productId: number, count: number, prefix: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `WITH carts AS (
         INSERT INTO "Cart" ("siteId", "sessionId", "expiresAt", "updatedAt")
         SELECT $1, $2 || g, now() + interval '7 days', now() FROM generate_series(1, $3::int) AS g
         RETURNING id
       )
       INSERT INTO "CartItem" ("cartId", "productId", quantity, "unitPrice", "updatedAt")
       SELECT carts.id, p.id, 2, p.price, now() FROM carts, "Product" p WHERE p.id = $4`,
      [siteId, prefix, count, productId],
    );
  } finally {
    await client.end();
  }
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}
