import { NextResponse } from "next/server";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { designCallerOf, withSessionFallback } from "@/lib/designs/design-caller";
import { anyDesignIdParamSchema, shareDesignSchema } from "@/lib/designs/schemas";
import { shareDesign } from "@/lib/designs/share-design";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // POST /api/storefront/[siteId]/designs/[designId]/share – turn public sharing on or off
  POST: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(anyDesignIdParamSchema, params);
    const caller = await designCallerOf(request, store.siteId);
    const { isPublic, sessionId } = await parseBody(shareDesignSchema, request);
    // The spec answers this one beside `success`, not under `data`.
    return NextResponse.json({ success: true, ...(await shareDesign(store, withSessionFallback(caller, sessionId), designId, isPublic, origin)) });
  },
});
