import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { addWishlistItem, addWishlistItemSchema, getWishlist, removeWishlistItem, removeWishlistItemSchema } from "@/lib/wishlist/wishlist";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/wishlist – the default wishlist, created on first access
  GET: async ({ request, store, origin }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await getWishlist(store.siteId, customerId, origin));
  },
  // POST /api/storefront/[siteId]/account/wishlist – add a product (idempotent)
  POST: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    return ok(await addWishlistItem(store.siteId, customerId, await parseBody(addWishlistItemSchema, request)));
  },
  // DELETE /api/storefront/[siteId]/account/wishlist – remove a product
  DELETE: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { productId } = await parseBody(removeWishlistItemSchema, request);
    return ok(await removeWishlistItem(store.siteId, customerId, productId));
  },
});
