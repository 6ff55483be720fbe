import { parseBody, parseParams } from "@/lib/api/parse";
import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { generateAiImage } from "@/lib/ai/generate-ai-image";
import { aiImageRequestSchema, designIdParamSchema } from "@/lib/ai/schemas";
import { designCallerOf, withSessionFallback } from "@/lib/designs/design-caller";
import { requireOwnedDesign } from "@/lib/designs/require-owned-design";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // POST /api/storefront/[siteId]/designs/[designId]/ai-image – generate AI artwork as design assets
  POST: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(designIdParamSchema, params);
    const body = await parseBody(aiImageRequestSchema, request);
    const caller = await designCallerOf(request, store.siteId);
    // The spec lets an anonymous designer without the cookie name its session in the body.
    const design = await requireOwnedDesign(store.siteId, withSessionFallback(caller, body.sessionId ?? undefined), designId);
    return ok(await generateAiImage({ siteId: store.siteId, design, request: body, origin }), { status: 201 });
  },
});
