import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { newToken, tokenDigest } from "@/lib/security/tokens";
import { cartExpiry } from "./lifecycle";

/** How long a recovery link in an abandonment email works. */
export const RECOVERY_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Issues a cart's single-use recovery token; only its digest is stored, replacing any earlier one. */
export async function issueRecoveryToken(cartId: number, now = new Date()): Promise<string> {
  const token = newToken();
  await db().cart.update({
    where: { id: cartId },
    data: { recoveryTokenHash: tokenDigest(token), recoveryTokenExpiresAt: new Date(now.getTime() + RECOVERY_TOKEN_TTL_MS) },
  });
  return token;
}

/**
 * GET /cart/recover: reactivates the abandoned cart a token names and spends the token. One
 * UPDATE both checks and clears it, so of any number of concurrent redemptions exactly one wins.
 * Answers the cart's session id, which the shop adopts.
 */
export async function recoverCart(siteId: number, token: string): Promise<{ sessionId: string }> {
  const now = new Date();
  const [cart] = await db().$queryRaw<{ sessionId: string }[]>`
    UPDATE "Cart"
    SET "recoveryTokenHash" = NULL, "recoveryTokenExpiresAt" = NULL, status = 'active', "abandonedAt" = NULL,
        "lastActivityAt" = ${now}, "expiresAt" = ${cartExpiry(now)}, "updatedAt" = ${now}
    WHERE "siteId" = ${siteId} AND "recoveryTokenHash" = ${tokenDigest(token)}
      AND "recoveryTokenExpiresAt" > ${now} AND status <> 'converted'
    RETURNING "sessionId"`;
  if (!cart) throw new ApiError("invalid_token", "Invalid or expired recovery token");
  return cart;
}
