import { cookies } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { RECOVERED_CART_COOKIE } from "@/lib/cart/recovered-cart-cookie";
import { sessionIdSchema } from "@/lib/cart/schemas";
import { setCartSessionId } from "@/lib/cart/shop-cart-session";
import { resolveShop } from "@/lib/sites/resolve-shop";

type Context = { params: Promise<{ tenant: string }> };

// GET {shop}/store/cart/restore – adopt the cart a recovery link handed over (sf_recovered_cart) as
// this browser's cart, then show it. The API's recovery route spent the token; the cookie only
// lives ten minutes and is cleared here, so the cart page's redirect to this route cannot loop.
export async function GET(request: NextRequest, { params }: Context) {
  const shop = await resolveShop((await params).tenant);
  const jar = await cookies();
  const handedOver = sessionIdSchema.safeParse(jar.get(RECOVERED_CART_COOKIE)?.value);
  jar.delete(RECOVERED_CART_COOKIE);
  if (handedOver.success) await setCartSessionId(handedOver.data);
  const cartPath = shop ? shop.href(`/cart${handedOver.success ? "?recovered=1" : ""}`) : "/";
  return NextResponse.redirect(new URL(cartPath, request.url), 303);
}
