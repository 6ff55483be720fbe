import { NextResponse, type NextRequest } from "next/server";
import { CART_SESSION_COOKIE } from "@/lib/cart/cart-session-cookie";
import { RECOVERED_CART_COOKIE } from "@/lib/cart/recovered-cart-cookie";
import { sessionIdSchema } from "@/lib/cart/schemas";
import { cartSessionCookieOptions } from "@/lib/cart/shop-cart-session";
import { resolveShop } from "@/lib/sites/resolve-shop";

type Context = { params: Promise<{ tenant: string }> };

// GET {shop}/store/cart/restore – adopt the cart a recovery link handed over (sf_recovered_cart) as
// this browser's cart, then show it. The API's recovery route spent the token; the cookie only
// lives ten minutes and is cleared here, so the cart page's redirect to this route cannot loop.
export async function GET(request: NextRequest, { params }: Context) {
  const shop = await resolveShop((await params).tenant);
  const handedOver = sessionIdSchema.safeParse(request.cookies.get(RECOVERED_CART_COOKIE)?.value);
  const cartPath = shop ? shop.href(`/cart${handedOver.success ? "?recovered=1" : ""}`) : "/";
  // A relative Location: behind the proxy's rewrite, request.url's host is not the one the browser used.
  const response = new NextResponse(null, { status: 303, headers: { Location: cartPath } });
  response.cookies.delete(RECOVERED_CART_COOKIE);
  if (handedOver.success) response.cookies.set(CART_SESSION_COOKIE, handedOver.data, cartSessionCookieOptions());
  return response;
}
