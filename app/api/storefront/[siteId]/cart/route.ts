import { ok } from "@/lib/api/respond";
import { parseBody, parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { clearCart } from "@/lib/cart/clear-cart";
import { getCart } from "@/lib/cart/get-cart";
import { addCartItemSchema, cartQuerySchema, updateCartItemSchema } from "@/lib/cart/schemas";
import { updateCartItem } from "@/lib/cart/update-cart-item";
import { designCallerOf, withSessionFallback } from "@/lib/designs/design-caller";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/cart – the session's cart with enriched lines
  GET: async ({ request, store, origin }) => {
    const { sessionId } = parseQuery(cartQuerySchema, request.nextUrl.searchParams);
    return ok(await getCart(store.siteId, sessionId, origin));
  },
  // POST /api/storefront/[siteId]/cart – add a product (variant, design) to the cart
  POST: async ({ request, store }) => {
    const input = await parseBody(addCartItemSchema, request);
    // Only a designed line needs to know whose design it is; a plain add stays anonymous. Legacy
    // clients send no cookie: their one session id names the cart and the designs alike.
    const designer = input.designId ? withSessionFallback(await designCallerOf(request, store.siteId), input.sessionId) : null;
    return ok(await addCartItem(store.siteId, input, designer));
  },
  // PUT /api/storefront/[siteId]/cart – set a line's quantity (0 removes it)
  PUT: async ({ request, store }) => ok(await updateCartItem(store.siteId, await parseBody(updateCartItemSchema, request))),
  // DELETE /api/storefront/[siteId]/cart – remove every line
  DELETE: async ({ request, store }) => {
    const { sessionId } = parseQuery(cartQuerySchema, request.nextUrl.searchParams);
    return ok(await clearCart(store.siteId, sessionId));
  },
});
