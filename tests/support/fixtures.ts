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

/** An active product with one option ("Size") and a variant per size, each with its own stock. */
export async function createProductWithVariants(
  siteId: number,
  sizes: { size: string; inventory: number; price?: number }[],
  data: Partial<Prisma.ProductUncheckedCreateInput> = {},
) {
  const product = await createProduct(siteId, data);
  const option = await db().productOption.create({
    data: { productId: product.id, name: "Size", values: { create: sizes.map(({ size }, order) => ({ value: size, order })) } },
    include: { values: true },
  });
  const variants = [];
  for (const [order, { size, inventory, price }] of sizes.entries()) {
    const value = option.values.find((v) => v.value === size)!;
    variants.push(
      await db().productVariant.create({
        data: { productId: product.id, name: `${product.name} – ${size}`, sku: `${product.slug}-${size}`, inventory, price, order, optionValues: { create: { optionValueId: value.id } } },
      }),
    );
  }
  return { product, variants };
}

/** An active designable product with one style ("White") printable on its front and back. */
export async function designableProduct(site: number) {
  const product = await createProduct(site, { designable: true });
  const style = await db().designerStyle.create({
    data: {
      productId: product.id,
      name: "White",
      sides: { create: [{ name: "Front", slug: "front", printAreaX: 40, printAreaY: 50, printAreaWidth: 100, printAreaHeight: 120, order: 0 }, { name: "Back", slug: "back", printAreaX: 40, printAreaY: 50, printAreaWidth: 100, printAreaHeight: 120, order: 1 }] },
    },
  });
  return { product, style };
}
