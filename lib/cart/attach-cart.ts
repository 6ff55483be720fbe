import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { MAX_LINE_QUANTITY } from "./schemas";
import { availableUnits, repriceProductLines } from "./stock";
import { openCartForWrite } from "./lifecycle";

/**
 * Signing in or registering with a cart session attaches that cart to the customer. The rules:
 * 1. The cart of the session the client sends becomes the customer's cart; it keeps its sessionId,
 *    so the client goes on using the same id.
 * 2. Lines of the customer's other live carts on this site (another device, an earlier visit) move
 *    into it: a plain line of the same product and variant adds its quantity to the existing line,
 *    capped at the stock available and at 999; designed lines move as they are.
 * 3. The carts emptied that way are marked expired, so they are never mailed as abandoned.
 * Nothing happens when the session has no cart and the customer has no other.
 */
export async function attachCartToCustomer(siteId: number, sessionId: string, customerId: number) {
  const others = await db().cart.findMany({
    where: { siteId, customerId, sessionId: { not: sessionId }, status: { in: ["active", "abandoned"] }, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  const own = await db().cart.findUnique({ where: { siteId_sessionId: { siteId, sessionId } }, select: { id: true } });
  if (!own && others.length === 0) return;

  await runTransaction(async (tx) => {
    const cartId = await openCartForWrite(tx, siteId, sessionId);
    await tx.cart.update({ where: { id: cartId }, data: { customerId } });
    const touched = new Set<number>();
    for (const other of others) {
      const lines = await tx.cartItem.findMany({ where: { cartId: other.id }, orderBy: { id: "asc" } });
      for (const line of lines) {
        touched.add(line.productId);
        const plain = line.designId === null && line.legacyDesignUuid === null;
        const existing = plain
          ? await tx.cartItem.findFirst({ where: { cartId, productId: line.productId, variantId: line.variantId, designId: null, legacyDesignUuid: null } })
          : null;
        if (existing) {
          const stock = await availableUnits(tx, line.productId, line.variantId);
          const quantity = Math.min(existing.quantity + line.quantity, MAX_LINE_QUANTITY, stock ?? MAX_LINE_QUANTITY);
          await tx.cartItem.update({ where: { id: existing.id }, data: { quantity: Math.max(quantity, existing.quantity) } });
          await tx.cartItem.delete({ where: { id: line.id } });
        } else {
          await tx.cartItem.update({ where: { id: line.id }, data: { cartId } });
        }
      }
      await tx.cart.update({ where: { id: other.id }, data: { status: "expired" } });
    }
    for (const productId of touched) await repriceProductLines(tx, cartId, productId);
  });
}
