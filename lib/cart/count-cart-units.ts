import { db } from "@/lib/db";
import { liveCartWhere } from "./lifecycle";

/**
 * Units in the session's live cart, counting the same lines getCart shows (products still on
 * sale). One aggregate, so the shop header can show it on every page at little cost.
 */
export async function countCartUnits(siteId: number, sessionId: string): Promise<number> {
  const { _sum } = await db().cartItem.aggregate({
    where: { cart: liveCartWhere(siteId, sessionId), product: { status: "active" } },
    _sum: { quantity: true },
  });
  return _sum.quantity ?? 0;
}
