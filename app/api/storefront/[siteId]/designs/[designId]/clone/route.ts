import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { cloneDesign } from "@/lib/designs/clone-design";
import { designCallerOf, ownerForNewDesign, setDesignSessionCookie } from "@/lib/designs/design-caller";
import { cloneDesignSchema, numericDesignIdParamSchema } from "@/lib/designs/schemas";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // POST /api/storefront/[siteId]/designs/[designId]/clone – copy an own, public or template design
  POST: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(numericDesignIdParamSchema, params);
    const caller = await designCallerOf(request, store.siteId);
    const { name } = await parseBody(cloneDesignSchema, request);
    const { owner, minted } = ownerForNewDesign(caller);
    const response = ok(await cloneDesign(store.siteId, caller, owner, designId, name, origin), { status: 201 });
    return minted ? setDesignSessionCookie(response, minted) : response;
  },
});
