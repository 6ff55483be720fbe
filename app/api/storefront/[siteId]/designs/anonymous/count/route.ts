import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { countAnonymousDesigns } from "@/lib/designs/claim-designs";
import { DESIGN_SESSION_COOKIE, designSessionKey } from "@/lib/designs/design-caller";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/designs/anonymous/count – designs held by the session cookie
  GET: async ({ request, store }) => {
    // Public: a Bearer header is not read here, only the cookie.
    return ok({ count: await countAnonymousDesigns(store.siteId, designSessionKey(request.cookies.get(DESIGN_SESSION_COOKIE)?.value)) });
  },
});
