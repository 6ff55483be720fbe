import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { designCallerOf } from "@/lib/designs/design-caller";
import { generateThumbnail } from "@/lib/designs/render/generate-thumbnail";
import { generateThumbnailSchema } from "@/lib/designs/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/designs/generate-thumbnail – render and keep a flat PNG of a design
  POST: async ({ request, store, origin }) => {
    const caller = await designCallerOf(request, store.siteId);
    return ok(await generateThumbnail(store.siteId, caller, await parseBody(generateThumbnailSchema, request), origin), { status: 201 });
  },
});
