import { parseBody, parseParams } from "@/lib/api/parse";
import { ok } from "@/lib/api/respond";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { generateAiText } from "@/lib/ai/generate-ai-text";
import { aiTextRequestSchema, designIdParamSchema } from "@/lib/ai/schemas";
import { designCallerOf, withSessionFallback } from "@/lib/designs/design-caller";
import { requireOwnedDesign } from "@/lib/designs/require-owned-design";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // POST /api/storefront/[siteId]/designs/[designId]/ai-text – short text suggestions for the canvas
  POST: async ({ request, store, params }) => {
    const { designId } = parseParams(designIdParamSchema, params);
    const body = await parseBody(aiTextRequestSchema, request);
    const caller = await designCallerOf(request, store.siteId);
    // The spec lets an anonymous designer without the cookie name its session in the body.
    await requireOwnedDesign(store.siteId, withSessionFallback(caller, body.sessionId ?? undefined), designId);
    return ok(await generateAiText({ siteId: store.siteId, designId, request: body }));
  },
});
