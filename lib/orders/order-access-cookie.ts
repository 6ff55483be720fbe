import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { env } from "@/lib/env";
import { secureCookies } from "@/lib/security/cookie-policy";
import type { OrderViewer } from "./get-shop-order";
import { addGrant, GRANT_TTL_MS, readGrants, type OrderGrant } from "./order-access";

const cookieName = (siteId: number) => `sf_orders_${siteId}`;

// A key of its own, derived from AUTH_SECRET, so these grants and the sign-in cookie never share
// one. Without AUTH_SECRET (a bare `next dev`) a key per process: grants then end on restart.
const processKey = randomBytes(32).toString("base64url");
const signingKey = () => createHmac("sha256", env.AUTH_SECRET ?? processKey).update("order-access-grants").digest("base64url");

/** The orders this browser may open on the site (lib/orders/order-access.ts). */
export async function orderGrants(siteId: number): Promise<OrderGrant[]> {
  return readGrants((await cookies()).get(cookieName(siteId))?.value, signingKey());
}

/** Lets this browser open the order for a while. Server actions only: pages cannot set cookies. */
export async function grantOrderAccess(siteId: number, orderNumber: string) {
  const jar = await cookies();
  jar.set(cookieName(siteId), addGrant(jar.get(cookieName(siteId))?.value, orderNumber, signingKey()), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: GRANT_TTL_MS / 1000,
  });
}

/** The viewer of the shop's order pages in this request: grants and the signed-in customer. */
export async function currentOrderViewer(siteId: number, paymentIntentId: string | null = null): Promise<OrderViewer> {
  const [grants, customer] = await Promise.all([orderGrants(siteId), currentShopCustomer(siteId)]);
  return { grants, customerId: customer?.customerId ?? null, paymentIntentId };
}
