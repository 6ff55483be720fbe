/** Request header set by the proxy's rewrites: only rewritten requests may reach the internal /shop tree. */
export const SHOP_BASE_HEADER = "x-shop-base";

/**
 * Public path prefix of a shop's pages, from the internal route's tenant segment: the proxy
 * rewrites /s/{siteId}/store/… to a numeric tenant and host-served shops to their host name.
 * Derived from the URL, not the request, so shop pages can be rendered once and cached.
 */
export function shopBasePath(tenant: string): string {
  return /^\d+$/.test(tenant) ? `/s/${tenant}` : "";
}
