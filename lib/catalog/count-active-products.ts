import { db } from "@/lib/db";

/**
 * How many active products a shop has, in all or only in the given categories: a sum over the
 * per-category counts that triggers on "Product" keep ("ActiveProductCount", where products
 * without a category count under 0), so a catalogue of 100,000 costs no more than one of ten.
 */
export async function countActiveProducts(siteId: number, categoryIds?: number[]): Promise<number> {
  const { _sum } = await db().activeProductCount.aggregate({
    where: categoryIds ? { siteId, categoryId: { in: categoryIds } } : { siteId },
    _sum: { total: true },
  });
  return _sum.total ?? 0;
}
