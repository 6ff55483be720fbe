import type { Prisma } from "@/lib/generated/prisma/client";

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
 * Stores each line's unit price of a product after its quantities change (bulk tiers count all its
 * units): the database function storefront_reprice_product_lines, one statement for all the lines.
 */
export async function repriceProductLines(tx: Tx, cartId: number, productId: number) {
  await tx.$executeRaw`SELECT "storefront_reprice_product_lines"(${cartId}::int, ${productId}::int, ${new Date()}::timestamptz)`;
}
