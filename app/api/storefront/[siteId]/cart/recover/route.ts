import { NextResponse } from "next/server";
import { parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { RECOVERED_CART_COOKIE, recoveredCartCookieOptions } from "@/lib/cart/recovered-cart-cookie";
import { recoverCart } from "@/lib/cart/recover-cart";
import { recoverQuerySchema } from "@/lib/cart/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/cart/recover – spend a recovery token and send the shopper to the cart
  GET: async ({ request, store }) => {
    const { token } = parseQuery(recoverQuerySchema, request.nextUrl.searchParams);
    const { sessionId } = await recoverCart(store.siteId, token);
    const response = NextResponse.redirect(`${store.baseUrl.replace(/\/$/, "")}/store/cart?recovered=1`, 302);
    // The email may be opened on another device: the shop adopts this session id from the cookie.
    response.cookies.set(RECOVERED_CART_COOKIE, sessionId, recoveredCartCookieOptions());
    return response;
  },
});
