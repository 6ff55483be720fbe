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

/**
 * One read (relation joins) of what a cart change of a product needs: its stock and prices, its
 * variant's, and the lines this cart holds of it.
 */
export function readProductInCart(tx: Tx, cartId: number, productId: number, variantId: number | null) {
  return tx.product.findUniqueOrThrow({
    where: { id: productId },
    select: {
      inventory: true,
      trackInventory: true,
      price: true,
      bulkPricing: { select: { minQuantity: true, unitPrice: true } },
      variants: { where: { id: variantId ?? 0 }, select: { inventory: true, price: true } },
      cartItems: {
        where: { cartId },
        select: { id: true, quantity: true, unitPrice: true, variantId: true, designId: true, legacyDesignUuid: true, variant: { select: { price: true } } },
      },
    },
  });
}

export type ProductInCart = Awaited<ReturnType<typeof readProductInCart>>;

/** Refuses a cart change that would hold more units of a product or variant than are in stock. */
export function assertUnitsInStock(product: ProductInCart, variantId: number | null, wanted: number, exceptLineId?: number) {
  const available = variantId ? product.variants[0].inventory : product.trackInventory ? product.inventory : null;
  if (available === null) return;
  const held = product.cartItems.filter((line) => line.variantId === variantId && line.id !== exceptLineId).reduce((sum, line) => sum + line.quantity, 0);
  const left = available - held;
  if (wanted > left) {
    throw new ApiError("insufficient_stock", left > 0 ? `Only ${left} left in stock` : "This item is out of stock");
  }
}

export async function assertInStock(tx: Tx, cartId: number, productId: number, variantId: number | null, wanted: number, exceptLineId?: number) {
  assertUnitsInStock(await readProductInCart(tx, cartId, productId, variantId), variantId, wanted, exceptLineId);
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
