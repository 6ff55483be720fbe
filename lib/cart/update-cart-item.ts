import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { notFound } from "@/lib/api/errors";
import { cartItemRowSelect, toCartItemRow } from "./cart-item-row";
import { openCartForWrite } from "./lifecycle";
import type { CartItemRow, UpdateCartItemInput } from "./schemas";
import { assertInStock, repriceProductLines } from "./stock";

export type UpdateCartItemResult = CartItemRow | { id: number; removed: true };

/** PUT /cart: sets a line's quantity; 0 removes the line. Only lines of the caller's own cart. */
export async function updateCartItem(siteId: number, input: UpdateCartItemInput): Promise<UpdateCartItemResult> {
  const owned = await db().cartItem.findFirst({
    where: { id: input.cartItemId, cart: { siteId, sessionId: input.sessionId, status: { in: ["active", "abandoned"] } } },
    select: { id: true },
  });
  if (!owned) throw notFound("Cart item not found");

  return runTransaction(async (tx) => {
    const cartId = await openCartForWrite(tx, siteId, input.sessionId);
    // Read again under the cart lock: a concurrent request may have removed it meanwhile.
    const line = await tx.cartItem.findFirst({ where: { id: input.cartItemId, cartId }, select: { productId: true, variantId: true } });
    if (!line) throw notFound("Cart item not found");
    if (input.quantity === 0) {
      await tx.cartItem.delete({ where: { id: input.cartItemId } });
      await repriceProductLines(tx, cartId, line.productId);
      return { id: input.cartItemId, removed: true as const };
    }
    await assertInStock(tx, cartId, line.productId, line.variantId, input.quantity, input.cartItemId);
    await tx.cartItem.update({ where: { id: input.cartItemId }, data: { quantity: input.quantity } });
    await repriceProductLines(tx, cartId, line.productId);
    return toCartItemRow(await tx.cartItem.findUniqueOrThrow({ where: { id: input.cartItemId }, select: cartItemRowSelect }));
  });
}
