import { ok } from "@/lib/api/respond";
import { parseBody, parseQuery } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { createDesign } from "@/lib/designs/create-design";
import { designCallerOf, ownerForNewDesign, setDesignSessionCookie } from "@/lib/designs/design-caller";
import { listDesigns } from "@/lib/designs/list-designs";
import { createDesignSchema, listDesignsQuerySchema } from "@/lib/designs/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/designs – the caller's designs, or the site's templates
  GET: async ({ request, store, origin }) => {
    const query = parseQuery(listDesignsQuerySchema, request.nextUrl.searchParams);
    return ok(await listDesigns(store.siteId, await designCallerOf(request, store.siteId), query, origin));
  },
  // POST /api/storefront/[siteId]/designs – a new design; mints the designer session cookie for a new visitor
  POST: async ({ request, store, origin }) => {
    const caller = await designCallerOf(request, store.siteId);
    const input = await parseBody(createDesignSchema, request);
    const { owner, minted } = ownerForNewDesign(caller);
    const response = ok(await createDesign(store.siteId, owner, input, origin), { status: 201 });
    return minted ? setDesignSessionCookie(response, minted) : response;
  },
});
