import { ApiError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitPriceFor } from "./pricing";

type Tx = Prisma.TransactionClient;

/** Units of a product (or one variant of it) that can be sold; null when stock is not tracked. */
export async function availableUnits(tx: Tx, productId: number, variantId: number | null): Promise<number | null> {
  if (variantId) {
    const variant = await tx.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { inventory: true } });
    return variant.inventory;
  }
  const product = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { inventory: true, trackInventory: true } });
  return product.trackInventory ? product.inventory : null;
}

/** Refuses a cart change that would hold more units of a product or variant than are in stock. */
export async function assertInStock(tx: Tx, cartId: number, productId: number, variantId: number | null, wanted: number, exceptLineId?: number) {
  // One read (relation joins): the product's stock, its variant's, and what this cart holds of them.
  const product = await tx.product.findUniqueOrThrow({
    where: { id: productId },
    select: {
      inventory: true,
      trackInventory: true,
      variants: { where: { id: variantId ?? 0 }, select: { inventory: true } },
      cartItems: { where: { cartId, variantId, ...(exceptLineId ? { id: { not: exceptLineId } } : {}) }, select: { quantity: true } },
    },
  });
  const available = variantId ? product.variants[0].inventory : product.trackInventory ? product.inventory : null;
  if (available === null) return;
  const left = available - product.cartItems.reduce((sum, line) => sum + line.quantity, 0);
  if (wanted > left) {
    throw new ApiError("insufficient_stock", left > 0 ? `Only ${left} left in stock` : "This item is out of stock");
  }
}

/** Stores each line's unit price of a product after its quantities change (bulk tiers count all its units). */
export async function repriceProductLines(tx: Tx, cartId: number, productId: number) {
  const { cartItems: lines, ...product } = await tx.product.findUniqueOrThrow({
    where: { id: productId },
    select: {
      price: true,
      bulkPricing: { select: { minQuantity: true, unitPrice: true } },
      cartItems: { where: { cartId }, select: { id: true, quantity: true, variant: { select: { price: true } } } },
    },
  });
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  for (const line of lines) {
    const unitPrice = unitPriceFor(line.variant?.price ?? product.price, units, product.bulkPricing);
    await tx.cartItem.update({ where: { id: line.id }, data: { unitPrice } });
  }
}
