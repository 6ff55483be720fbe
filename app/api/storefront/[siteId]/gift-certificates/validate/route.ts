import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { validateGiftCertificateSchema } from "@/lib/gift-certificates/schemas";
import { validateGiftCertificate } from "@/lib/gift-certificates/validate-gift-certificate";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/gift-certificates/validate – balance and status of a code, without redeeming
  POST: async ({ request, store }) => {
    const { code } = await parseBody(validateGiftCertificateSchema, request);
    return ok(await validateGiftCertificate(store.siteId, code));
  },
});
