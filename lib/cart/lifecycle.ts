import type { Prisma } from "@/lib/generated/prisma/client";

/** A cart lives 7 days after its last activity. */
export const CART_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const cartExpiry = (from = new Date()) => new Date(from.getTime() + CART_TTL_MS);

type Tx = Prisma.TransactionClient;

/**
 * The session's cart, ready to take items, locked for the rest of the transaction so concurrent
 * writes to one cart run one after another. Created on first use; an expired or converted cart
 * starts over empty, and an abandoned one becomes active again (its shopper came back).
 */
export async function openCartForWrite(tx: Tx, siteId: number, sessionId: string) {
  const now = new Date();
  // A session's first write creates its cart in one statement. INSERT ... ON CONFLICT: two first
  // requests of a session cannot create two carts; the one that finds the cart made locks it below.
  const [created] = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Cart" ("siteId", "sessionId", status, "lastActivityAt", "expiresAt", "createdAt", "updatedAt")
    VALUES (${siteId}, ${sessionId}, 'active', ${now}, ${cartExpiry(now)}, ${now}, ${now})
    ON CONFLICT ("siteId", "sessionId") DO NOTHING
    RETURNING id`;
  if (created) return created.id;
  const [cart] = await tx.$queryRaw<{ id: number; status: string; expiresAt: Date }[]>`
    SELECT id, status, "expiresAt" FROM "Cart" WHERE "siteId" = ${siteId} AND "sessionId" = ${sessionId} FOR UPDATE`;
  const startsOver = cart.status === "converted" || cart.status === "expired" || cart.expiresAt <= now;
  if (startsOver) await tx.cartItem.deleteMany({ where: { cartId: cart.id } });
  await tx.cart.update({
    where: { id: cart.id },
    data: { status: "active", lastActivityAt: now, expiresAt: cartExpiry(now), ...(startsOver ? { abandonedAt: null, recoveryTokenHash: null } : {}) },
  });
  return cart.id;
}

/** Where-clause of the carts a session can still read: not converted, not expired. */
export const liveCartWhere = (siteId: number, sessionId: string): Prisma.CartWhereInput => ({
  siteId,
  sessionId,
  status: { in: ["active", "abandoned"] },
  expiresAt: { gt: new Date() },
});
