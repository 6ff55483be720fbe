import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { designCallerOf } from "@/lib/designs/design-caller";
import { numericDesignIdParamSchema } from "@/lib/designs/schemas";
import { readUpload } from "@/lib/designs/uploads/read-upload";
import { uploadDesignImage } from "@/lib/designs/uploads/upload-image";

type Params = { siteId: string; designId: string };

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<Params>({
  // POST /api/storefront/[siteId]/designs/[designId]/assets – upload an image to an owned design
  POST: async ({ request, store, params, origin }) => {
    const { designId } = parseParams(numericDesignIdParamSchema, params);
    const caller = await designCallerOf(request, store.siteId);
    const { file } = await readUpload(request);
    return ok(await uploadDesignImage({ siteId: store.siteId, caller, designId, file, origin }), { status: 201 });
  },
});
