import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { cents, positiveIdField, timestamp } from "@/lib/api/schemas";
import { assetUrl } from "@/lib/assets/asset-url";
import type { Prisma } from "@/lib/generated/prisma/client";

export const addWishlistItemSchema = z.object({ productId: positiveIdField("productId"), variantId: positiveIdField("variantId").nullish() });
export const removeWishlistItemSchema = z.object({ productId: positiveIdField("productId") });

export const wishlistItemSchema = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    variantId: z.number().int().nullable(),
    name: z.string(),
    slug: z.string(),
    price: cents("Current price (the variant's when one was chosen)"),
    compareAtPrice: cents("Original price").nullable(),
    status: z.enum(["active", "draft", "archived"]).meta({ description: "Products taken off sale stay listed with their status" }),
    image: z.string().nullable(),
    addedAt: timestamp,
  })
  .meta({ id: "WishlistItem" });

export const wishlistSchema = z.object({ id: z.number().int(), name: z.string(), items: z.array(wishlistItemSchema) }).meta({ id: "Wishlist" });

type Tx = Prisma.TransactionClient;

/** The customer's default wishlist, created on first use and locked for the rest of the transaction. */
async function defaultWishlistForUpdate(tx: Tx, siteId: number, customerId: number): Promise<number> {
  const existing = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Wishlist" WHERE "siteId" = ${siteId} AND "customerId" = ${customerId} AND "isDefault" ORDER BY id LIMIT 1 FOR UPDATE`;
  if (existing[0]) return existing[0].id;
  // Serialise first creations per customer, so two first requests make one wishlist.
  await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${customerId} FOR UPDATE`;
  const again = await tx.wishlist.findFirst({ where: { siteId, customerId, isDefault: true }, select: { id: true } });
  return (again ?? (await tx.wishlist.create({ data: { siteId, customerId }, select: { id: true } }))).id;
}

/** GET /account/wishlist: the default wishlist with each product's current name, price, status and image. */
export async function getWishlist(siteId: number, customerId: number, origin = "") {
  const id = await runTransaction((tx) => defaultWishlistForUpdate(tx, siteId, customerId));
  const wishlist = await db().wishlist.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      name: true,
      items: {
        orderBy: { id: "desc" },
        select: {
          id: true,
          productId: true,
          variantId: true,
          createdAt: true,
          variant: { select: { price: true, compareAtPrice: true } },
          product: {
            select: { name: true, slug: true, price: true, compareAtPrice: true, status: true, images: { select: { url: true }, orderBy: [{ order: "asc" }, { id: "asc" }], take: 1 } },
          },
        },
      },
    },
  });
  return {
    id: wishlist.id,
    name: wishlist.name,
    items: wishlist.items.map(({ product, variant, createdAt, ...item }) => ({
      ...item,
      name: product.name,
      slug: product.slug,
      price: variant?.price ?? product.price,
      compareAtPrice: variant?.price ? variant.compareAtPrice : product.compareAtPrice,
      status: product.status,
      image: assetUrl(origin, product.images[0]?.url ?? null),
      addedAt: createdAt.toISOString(),
    })),
  };
}

/** POST /account/wishlist: adds an active product (or variant) of this site; adding it again answers the existing item. */
export async function addWishlistItem(siteId: number, customerId: number, input: z.output<typeof addWishlistItemSchema>) {
  const product = await db().product.findFirst({ where: { id: input.productId, siteId, status: "active" }, select: { id: true } });
  if (!product) throw notFound("Product not found");
  const variantId = input.variantId ?? null;
  if (variantId && !(await db().productVariant.findFirst({ where: { id: variantId, productId: product.id, active: true }, select: { id: true } }))) {
    throw new ApiError("invalid_variant", "Variant not found for this product");
  }
  return runTransaction(async (tx) => {
    const wishlistId = await defaultWishlistForUpdate(tx, siteId, customerId);
    const select = { id: true, productId: true, variantId: true, createdAt: true } as const;
    const item =
      (await tx.wishlistItem.findFirst({ where: { wishlistId, productId: product.id, variantId }, select })) ??
      (await tx.wishlistItem.create({ data: { wishlistId, productId: product.id, variantId }, select }));
    return { id: item.id, productId: item.productId, variantId: item.variantId, addedAt: item.createdAt.toISOString() };
  });
}

/** DELETE /account/wishlist: removes the product (every variant of it) from the wishlist. */
export async function removeWishlistItem(siteId: number, customerId: number, productIdToRemove: number) {
  const { count } = await db().wishlistItem.deleteMany({ where: { productId: productIdToRemove, wishlist: { siteId, customerId } } });
  return { removed: count > 0 };
}
