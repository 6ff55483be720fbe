import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Which orders a browser may open without signing in: those it placed or looked up with the
 * right email moments ago. The grants travel in a cookie signed with the server's secret, so a
 * shopper cannot add someone else's order number to it, and each lapses after GRANT_TTL_MS
 * (after that, guest order lookup asks for the email again).
 */
export const GRANT_TTL_MS = 6 * 60 * 60 * 1000;
// Enough for a few orders in a row; the oldest grant makes room for a new one.
export const MAX_GRANTS = 5;

export type OrderGrant = { orderNumber: string; expiresAt: number };

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

/** The grants in a cookie value that are authentic and unexpired; anything else reads as none. */
export function readGrants(value: string | undefined, secret: string, now = Date.now()): OrderGrant[] {
  const [payload, signature, extra] = value?.split(".") ?? [];
  if (!payload || !signature || extra !== undefined) return [];
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return [];
  try {
    const grants: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(grants)) return [];
    return grants.filter(
      (g): g is OrderGrant => typeof g?.orderNumber === "string" && typeof g?.expiresAt === "number" && g.expiresAt > now,
    );
  } catch {
    return [];
  }
}

/** A cookie value holding the live grants plus one for this order (renewed if it was there). */
export function addGrant(value: string | undefined, orderNumber: string, secret: string, now = Date.now()): string {
  const kept = readGrants(value, secret, now).filter((g) => g.orderNumber !== orderNumber);
  const grants = [...kept, { orderNumber, expiresAt: now + GRANT_TTL_MS }].slice(-MAX_GRANTS);
  const payload = Buffer.from(JSON.stringify(grants)).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export const hasGrant = (grants: OrderGrant[], orderNumber: string) => grants.some((g) => g.orderNumber === orderNumber);
