import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { validateDiscountSchema } from "@/lib/discounts/schemas";
import { validateDiscount } from "@/lib/discounts/validate-discount";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/discount/validate – check a code without using it
  POST: async ({ request, store }) => {
    const { code, subtotal } = await parseBody(validateDiscountSchema, request);
    return ok(await validateDiscount(store, code, subtotal));
  },
});
