import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const unique = () => randomBytes(4).toString("hex");

/** A site of the test's own, so tests that change catalogue rows never see each other's. */
export async function createSite(options: { enabled?: boolean; withStore?: boolean } = {}) {
  const site = await db().site.create({ data: { name: `Test site ${unique()}` } });
  if (options.withStore !== false) {
    await db().store.create({
      data: { siteId: site.id, name: site.name, baseUrl: "https://shop.test", enabled: options.enabled ?? true },
    });
  }
  return site;
}

export async function createCategory(siteId: number, data: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  const slug = data.slug ?? `category-${unique()}`;
  return db().category.create({ data: { name: slug, ...data, slug, siteId } });
}

export async function createProduct(siteId: number, data: Partial<Prisma.ProductUncheckedCreateInput> = {}) {
  const slug = data.slug ?? `product-${unique()}`;
  return db().product.create({
    data: { name: slug, price: 1000, status: "active", inventory: 5, ...data, slug, siteId },
  });
}
