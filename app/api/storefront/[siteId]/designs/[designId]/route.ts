import { ok } from "@/lib/api/respond";
import { parseBody, parseParams, parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { designCallerOf, withSessionFallback } from "@/lib/designs/design-caller";
import { deleteLegacyDesign, getLegacyDesign, updateLegacyDesign } from "@/lib/designs/legacy-designs";
import { anyDesignIdParamSchema, legacyDesignQuerySchema, updateDesignSchema, updateLegacyDesignSchema } from "@/lib/designs/schemas";
import { deleteDesign, getDesign, updateDesign } from "@/lib/designs/update-design";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // GET /api/storefront/[siteId]/designs/[designId] – one owned design (numeric id, or legacy UUID)
  GET: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(anyDesignIdParamSchema, params);
    // Validated for either kind of id, as documented, though only a legacy design reads it.
    const { sessionId } = parseQuery(legacyDesignQuerySchema, request.nextUrl.searchParams);
    const caller = await designCallerOf(request, store.siteId);
    if (designId.kind === "numeric") return ok(await getDesign(store.siteId, caller, designId.id, origin));
    return ok(await getLegacyDesign(store.siteId, withSessionFallback(caller, sessionId), designId.id));
  },
  // PUT /api/storefront/[siteId]/designs/[designId] – save changes (new-designer or legacy body)
  PUT: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(anyDesignIdParamSchema, params);
    const caller = await designCallerOf(request, store.siteId);
    if (designId.kind === "numeric") return ok(await updateDesign(store.siteId, caller, designId.id, await parseBody(updateDesignSchema, request), origin));
    const input = await parseBody(updateLegacyDesignSchema, request);
    return ok(await updateLegacyDesign(store.siteId, withSessionFallback(caller, input.sessionId), designId.id, input));
  },
  // DELETE /api/storefront/[siteId]/designs/[designId] – soft-delete (new) or hard-delete (legacy)
  DELETE: async ({ request, store, params }) => {
    const { designId } = parseParams(anyDesignIdParamSchema, params);
    const { sessionId } = parseQuery(legacyDesignQuerySchema, request.nextUrl.searchParams);
    const caller = await designCallerOf(request, store.siteId);
    if (designId.kind === "numeric") return ok(await deleteDesign(store.siteId, caller, designId.id));
    return ok(await deleteLegacyDesign(store.siteId, withSessionFallback(caller, sessionId), designId.id));
  },
});
