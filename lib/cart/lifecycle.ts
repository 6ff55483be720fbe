import { Prisma } from "@/lib/generated/prisma/client";

/** A cart lives 7 days after its last activity. */
export const CART_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const cartExpiry = (from = new Date()) => new Date(from.getTime() + CART_TTL_MS);

type Tx = Prisma.TransactionClient;

/**
 * The last two arguments of every cart write function (storefront_open_cart and those that open
 * a cart): the write's time, which is the cart's last activity, and the expiry it gives the cart.
 */
export function cartActivityArgs() {
  const at = new Date();
  return Prisma.sql`${at}::timestamptz, ${cartExpiry(at)}::timestamptz`;
}

/**
 * The session's cart, ready to take items, locked for the rest of the transaction so concurrent
 * writes to one cart run one after another. Created on first use; an expired or converted cart
 * starts over empty, and an abandoned one becomes active again (its shopper came back). The
 * database function storefront_open_cart does it in one round trip.
 */
export async function openCartForWrite(tx: Tx, siteId: number, sessionId: string) {
  const [cart] = await tx.$queryRaw<{ id: number }[]>`SELECT "storefront_open_cart"(${siteId}::int, ${sessionId}, ${cartActivityArgs()}) AS id`;
  return cart.id;
}

/** Where-clause of the carts a session can still read: not converted, not expired. */
export const liveCartWhere = (siteId: number, sessionId: string): Prisma.CartWhereInput => ({
  siteId,
  sessionId,
  status: { in: ["active", "abandoned"] },
  expiresAt: { gt: new Date() },
});
