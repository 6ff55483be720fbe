import { db } from "@/lib/db";
import { assetUrl } from "@/lib/assets/asset-url";
import { liveCartWhere } from "./lifecycle";
import { unitPriceFor } from "./pricing";
import type { CartContents, CartItemView, CartView } from "./schemas";

/**
 * The session's cart with enriched lines priced at today's prices (bulk tiers counted over all
 * units of a product). Lines of products no longer on sale are left out. An unknown, expired or
 * empty cart is `{ items: [], subtotal: 0 }`, never an error.
 */
export async function getCart(siteId: number, sessionId: string, origin = ""): Promise<CartView> {
  const cart = await readCart(siteId, sessionId);
  if (!cart || cart.items.length === 0) return { items: [], subtotal: 0 };
  return cartContents(cart, origin);
}

export type CheckoutLine = CartItemView & { sku: string | null };

/**
 * The cart as checkout needs it, in the same one query: null when the session has no live cart;
 * else its customer and its lines (as getCart prices them) with the SKU each order line records.
 */
export async function getCheckoutCart(siteId: number, sessionId: string) {
  const cart = await readCart(siteId, sessionId);
  if (!cart) return null;
  const contents = cartContents(cart, "");
  const skus = new Map(cart.items.map((line) => [line.id, line.variant?.sku ?? line.product.sku]));
  const lines: CheckoutLine[] = contents.items.map((item) => ({ ...item, sku: skus.get(item.id) ?? null }));
  return { customerId: cart.customerId, subtotal: contents.subtotal, lines };
}

function readCart(siteId: number, sessionId: string) {
  return db().cart.findFirst({
    where: liveCartWhere(siteId, sessionId),
    select: {
      id: true,
      customerId: true,
      items: {
        where: { product: { status: "active" } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          productId: true,
          variantId: true,
          designId: true,
          legacyDesignUuid: true,
          quantity: true,
          product: {
            select: {
              name: true,
              slug: true,
              sku: true,
              price: true,
              bulkPricing: { select: { minQuantity: true, unitPrice: true } },
              images: { select: { url: true }, orderBy: [{ order: "asc" }, { id: "asc" }], take: 1 },
            },
          },
          variant: { select: { name: true, sku: true, price: true } },
          design: { select: { id: true, uuid: true, name: true, thumbnailUrl: true, previewUrl: true } },
          legacyDesign: { select: { id: true, name: true } },
        },
      },
    },
  });
}

function cartContents(cart: NonNullable<Awaited<ReturnType<typeof readCart>>>, origin: string): CartContents {
  const unitsOfProduct = new Map<number, number>();
  for (const line of cart.items) unitsOfProduct.set(line.productId, (unitsOfProduct.get(line.productId) ?? 0) + line.quantity);

  const items: CartItemView[] = cart.items.map((line) => {
    const basePrice = line.variant?.price ?? line.product.price;
    const unitPrice = unitPriceFor(basePrice, unitsOfProduct.get(line.productId)!, line.product.bulkPricing);
    return {
      id: line.id,
      productId: line.productId,
      variantId: line.variantId,
      designId: line.designId ?? line.legacyDesignUuid,
      quantity: line.quantity,
      unitPrice,
      lineTotal: unitPrice * line.quantity,
      productName: line.product.name,
      productSlug: line.product.slug,
      variantName: line.variant?.name ?? null,
      image: assetUrl(origin, line.product.images[0]?.url ?? null),
      design: line.design
        ? { ...line.design, thumbnailUrl: assetUrl(origin, line.design.thumbnailUrl), previewUrl: assetUrl(origin, line.design.previewUrl) }
        : line.legacyDesign
          ? { id: line.legacyDesign.id, uuid: line.legacyDesign.id, name: line.legacyDesign.name, thumbnailUrl: null, previewUrl: null }
          : null,
    };
  });
  return {
    cartId: cart.id,
    items,
    subtotal: items.reduce((sum, item) => sum + item.lineTotal, 0),
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
  };
}
