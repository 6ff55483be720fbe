import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { createProduct, createSite } from "../support/fixtures";

// Runs on the run's database: the embedded one by default, real PostgreSQL with TEST_DATABASE_URL.
describe(`concurrent writes through the pool (${inject("databaseKind")})`, () => {
  it("sells exactly the stock when 50 conditional decrements race", async () => {
    const product = await createProduct((await createSite()).id, { inventory: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        db().$executeRaw`UPDATE "Product" SET inventory = inventory - 1 WHERE id = ${product.id} AND inventory > 0`,
      ),
    );
    expect(results.filter((n) => n === 1)).toHaveLength(10);
    expect((await db().product.findUniqueOrThrow({ where: { id: product.id } })).inventory).toBe(0);
  });

  it("loses no update when 20 transactions read, lock and write the same row", async () => {
    const product = await createProduct((await createSite()).id, { inventory: 0 });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db().$transaction(async (tx) => {
          const [row] = await tx.$queryRaw<{ inventory: number }[]>`SELECT inventory FROM "Product" WHERE id = ${product.id} FOR UPDATE`;
          await tx.product.update({ where: { id: product.id }, data: { inventory: row.inventory + 1 } });
        }),
      ),
    );
    expect((await db().product.findUniqueOrThrow({ where: { id: product.id } })).inventory).toBe(20);
  });

  it("rolls a failed transaction back whole", async () => {
    const product = await createProduct((await createSite()).id, { inventory: 5 });
    await expect(
      db().$transaction(async (tx) => {
        await tx.product.update({ where: { id: product.id }, data: { inventory: 0 } });
        throw new Error("payment declined");
      }),
    ).rejects.toThrow("payment declined");
    expect((await db().product.findUniqueOrThrow({ where: { id: product.id } })).inventory).toBe(5);
  });
});
