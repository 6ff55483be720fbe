import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getPublicDesign } from "@/lib/designs/public-design";
import { uuidParamSchema } from "@/lib/designs/schemas";

type Params = { siteId: string; uuid: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // GET /api/storefront/[siteId]/designs/public/[uuid] – a shared design, no auth
  GET: async ({ store, params, origin }) => ok(await getPublicDesign(store.siteId, parseParams(uuidParamSchema, params).uuid, origin)),
});
