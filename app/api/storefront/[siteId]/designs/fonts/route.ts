import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { DESIGNER_FONTS } from "@/lib/designs/fonts";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/designs/fonts – fonts the designer offers
  GET: async () => ok(DESIGNER_FONTS),
});
