import { db } from "@/lib/db";
import { liveCartWhere } from "@/lib/cart/lifecycle";

/**
 * POST /checkout gives the order to the customer its cart belongs to. A shopper who signed in on
 * the shop's pages after filling the cart, or whose cart another account used on this browser
 * before, checks out as themselves: the cart becomes theirs first. Only the cart's owner changes;
 * their other carts are left alone (signing in merges those, lib/cart/attach-cart.ts).
 */
export async function claimCartForCustomer(siteId: number, sessionId: string, customerId: number) {
  await db().cart.updateMany({ where: liveCartWhere(siteId, sessionId), data: { customerId } });
}
