import { db } from "@/lib/db";

/** DELETE /cart: removes every line of the session's cart; a cart that does not exist is already clear. */
export async function clearCart(siteId: number, sessionId: string): Promise<{ cleared: true }> {
  await db().cartItem.deleteMany({ where: { cart: { siteId, sessionId } } });
  await db().cart.updateMany({ where: { siteId, sessionId }, data: { lastActivityAt: new Date() } });
  return { cleared: true };
}
