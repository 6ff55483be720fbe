import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { batchAssets } from "@/lib/designs/batch-assets";
import { designCallerOf } from "@/lib/designs/design-caller";
import { batchAssetsSchema } from "@/lib/designs/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/designs/assets – fetch assets by id, optionally attaching uploads to a design
  POST: async ({ request, store, origin }) => {
    const caller = await designCallerOf(request, store.siteId);
    return ok(await batchAssets(store.siteId, caller, await parseBody(batchAssetsSchema, request), origin));
  },
});
