import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { designCallerOf } from "@/lib/designs/design-caller";
import { finalizeDesign } from "@/lib/designs/render/finalize-design";
import { numericDesignIdParamSchema } from "@/lib/designs/schemas";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // POST /api/storefront/[siteId]/designs/[designId]/finalize – render print files and mockups, mark finalized
  POST: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(numericDesignIdParamSchema, params);
    return ok(await finalizeDesign(store.siteId, await designCallerOf(request, store.siteId), designId, origin));
  },
});
