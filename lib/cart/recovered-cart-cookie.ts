import { secureCookies } from "@/lib/security/cookie-policy";

/** Hands a recovered cart's session id from the recovery redirect to the shop's cart page. */
export const RECOVERED_CART_COOKIE = "sf_recovered_cart";

// The value is a cart session id, as good as the cart cookie itself for ten minutes, and only the
// shop's server reads it: no script needs to see it.
export function recoveredCartCookieOptions() {
  return { httpOnly: true, secure: secureCookies(), sameSite: "lax", path: "/", maxAge: 600 } as const;
}
