import type { Prisma } from "@/lib/generated/prisma/client";

/** A cart lives 7 days after its last activity. */
export const CART_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const cartExpiry = (from = new Date()) => new Date(from.getTime() + CART_TTL_MS);

type Tx = Prisma.TransactionClient;

/**
 * The session's cart, ready to take items, locked for the rest of the transaction so concurrent
 * writes to one cart run one after another. Created on first use; an expired or converted cart
 * starts over empty, and an abandoned one becomes active again (its shopper came back). The
 * database function storefront_open_cart does it in one round trip.
 */
export async function openCartForWrite(tx: Tx, siteId: number, sessionId: string) {
  const at = new Date();
  const [cart] = await tx.$queryRaw<{ id: number }[]>`
    SELECT "storefront_open_cart"(${siteId}::int, ${sessionId}, ${at}::timestamptz, ${cartExpiry(at)}::timestamptz) AS id`;
  return cart.id;
}

/** Where-clause of the carts a session can still read: not converted, not expired. */
export const liveCartWhere = (siteId: number, sessionId: string): Prisma.CartWhereInput => ({
  siteId,
  sessionId,
  status: { in: ["active", "abandoned"] },
  expiresAt: { gt: new Date() },
});
