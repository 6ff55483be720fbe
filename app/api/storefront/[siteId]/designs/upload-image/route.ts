import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { designCallerOf } from "@/lib/designs/design-caller";
import { uploadFieldsSchema } from "@/lib/designs/schemas";
import { readUpload } from "@/lib/designs/uploads/read-upload";
import { uploadDesignImage } from "@/lib/designs/uploads/upload-image";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // POST /api/storefront/[siteId]/designs/upload-image – upload a customer image (optionally to a design)
  POST: async ({ request, store, origin }) => {
    const caller = await designCallerOf(request, store.siteId);
    const { file, fields } = await readUpload(request);
    const { designId } = parseParams(uploadFieldsSchema, fields);
    return ok(await uploadDesignImage({ siteId: store.siteId, caller, designId: designId ?? null, file, origin }), { status: 201 });
  },
});
