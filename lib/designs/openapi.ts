import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { DESIGN_SESSION_COOKIE } from "./design-caller";
import {
  batchAssetsSchema,
  claimDesignsSchema,
  cloneDesignSchema,
  createDesignSchema,
  designAssetSchema,
  designSchema,
  fontSchema,
  generateThumbnailSchema,
  legacyDesignQuerySchema,
  legacyDesignSchema,
  listDesignsQuerySchema,
  shareDesignSchema,
  sideRenderSchema,
  updateDesignSchema,
  updateLegacyDesignSchema,
} from "./schemas";

// Either credential proves ownership: the customer's Bearer token or the anonymous designer cookie.
const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { designSession: [] }];
const tags = ["Designs"];
const base = "/api/storefront/{siteId}/designs";
const anyIdParams = siteIdParam.extend({ designId: z.string().meta({ description: "A numeric design id, or a 36-character UUID of a legacy design", example: "77" }) });
const numericIdParams = siteIdParam.extend({ designId: z.string().regex(/^\d+$/).meta({ description: "Numeric id of a new-designer design", example: "77" }) });
const eitherDesign = z.union([designSchema, legacyDesignSchema]);
const ownership = "The caller must own the design: 403 `forbidden` for someone else's, 404 when there is none.";

const layerDoc = [
  "`layers` is an array of text and image layers (schemas `DesignTextLayer`, `DesignImageLayer`), the same JSON the canvas saves and the server renderer draws.",
  "Coordinates are in mockup pixels relative to the side's print area: `x`, `y` is the layer's centre from the print area's top-left corner; `width`, `height` its unscaled size;",
  "`scaleX`, `scaleY` scale it; `rotation` turns it clockwise about its centre, in degrees; `opacity` 0–1; higher `zIndex` draws on top (ties keep array order).",
  "Each layer names its `side` (a side slug of the design's style). Text layers use a font of GET /designs/fonts; image layers name an `assetId` of this site (from an upload or AI image).",
].join(" ");

const multipartUpload = (extra: z.ZodRawShape = {}) => ({
  required: true,
  content: {
    "multipart/form-data": {
      schema: z.object({ file: z.string().meta({ format: "binary", description: "A PNG, JPEG or WebP image of at most 10 MB and 36 megapixels, recognised by its content" }), ...extra }),
    },
  },
});

export function registerDesignRoutes(registry: OpenAPIRegistry) {
  registry.registerComponent("securitySchemes", "designSession", { type: "apiKey", in: "cookie", name: DESIGN_SESSION_COOKIE, description: "The anonymous designer session that POST /designs sets" });
  registry.registerPath({
    method: "get",
    path: base,
    tags,
    summary: "The caller's designs, or the site's templates",
    description: "The caller's live designs, newest first (the Bearer customer's, else the cookie session's; none without either). `templates=1` lists the site's staff-authored templates instead; `productId` narrows to one product. At most 100.",
    security,
    request: { params: siteIdParam, query: listDesignsQuerySchema },
    responses: { 200: jsonResponse(successEnvelope(z.array(designSchema)), "Designs"), ...errorResponses("validation_error", "unauthorized") },
  });
  registry.registerPath({
    method: "post",
    path: base,
    tags,
    summary: "Create a design",
    description: `A draft design of an active designable product of this site (400 otherwise), on \`styleId\` or the product's first style. A caller with neither a Bearer token nor the cookie gets a new anonymous session in the \`${DESIGN_SESSION_COOKIE}\` cookie (HttpOnly, SameSite=Lax, Secure in production, 90 days). ${layerDoc}`,
    security: [...security, {}],
    request: { params: siteIdParam, body: jsonBody(createDesignSchema) },
    responses: { 201: jsonResponse(successEnvelope(designSchema), "The design"), ...errorResponses("validation_error", "invalid_json", "unauthorized") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/{designId}`,
    tags,
    summary: "One design",
    description: `A numeric id answers a new-designer \`Design\`; a 36-character UUID a \`LegacyDesign\`, whose anonymous owner may pass \`sessionId\` instead of the cookie. ${ownership}`,
    security,
    request: { params: anyIdParams, query: legacyDesignQuerySchema },
    responses: { 200: jsonResponse(successEnvelope(eitherDesign), "The design"), ...errorResponses("validation_error", "unauthorized", "forbidden", "not_found") },
  });
  registry.registerPath({
    method: "put",
    path: `${base}/{designId}`,
    tags,
    summary: "Save a design",
    description: `Numeric id: the new-designer body below; only the fields sent change. A finalized design's layers, style and overrides no longer change (409 \`conflict\`; clone it). UUID: the legacy body (\`name\`, \`layersBySurface\`, \`canvasSize\`, \`status\`, \`sessionId\`). ${ownership} ${layerDoc}`,
    security,
    request: { params: anyIdParams, body: { required: true, content: { "application/json": { schema: z.union([updateDesignSchema, updateLegacyDesignSchema]) } } } },
    responses: { 200: jsonResponse(successEnvelope(eitherDesign), "The saved design"), ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "not_found", "conflict") },
  });
  registry.registerPath({
    method: "delete",
    path: `${base}/{designId}`,
    tags,
    summary: "Delete a design",
    description: `A numeric id is soft-deleted (carts and orders keep pointing at it; no call finds it again); a legacy UUID is deleted outright (\`sessionId\` query as for GET). ${ownership}`,
    security,
    request: { params: anyIdParams, query: legacyDesignQuerySchema },
    responses: { 200: jsonResponse(successEnvelope(z.object({ id: z.union([z.number().int(), z.string()]), deleted: z.literal(true) })), "Deleted"), ...errorResponses("validation_error", "unauthorized", "forbidden", "not_found") },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/public/{uuid}`,
    tags,
    summary: "A shared design",
    description: "No auth. The design (either designer) whose uuid this is, when it is public; 404 when it is not, as when there is none.",
    request: { params: siteIdParam.extend({ uuid: z.string().meta({ description: "The design's uuid", example: "a1b2c3d4-e5f6-7890-abcd-ef1234567890" }) }) },
    responses: { 200: jsonResponse(successEnvelope(eitherDesign), "The design"), ...errorResponses("validation_error", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{designId}/share`,
    tags,
    summary: "Share a design or stop sharing it",
    description: `Sets \`isPublic\` and answers the shop's link to the shared design, \`{baseUrl}/design/share/{uuid}\` (beside \`success\`, not under \`data\`). ${ownership}`,
    security,
    request: { params: anyIdParams, body: jsonBody(shareDesignSchema) },
    responses: {
      200: jsonResponse(z.object({ success: z.literal(true), design: eitherDesign, shareableUrl: z.string(), uuid: z.string(), isPublic: z.boolean() }), "Sharing set"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "not_found"),
    },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{designId}/clone`,
    tags,
    summary: "Copy a design",
    description: "A draft copy, owned by the caller, of a design it owns, a public design or a template of this site (403 for someone else's private design). Like POST /designs, it sets the session cookie for a caller with neither credential.",
    security: [...security, {}],
    request: { params: numericIdParams, body: jsonBody(cloneDesignSchema) },
    responses: { 201: jsonResponse(successEnvelope(designSchema), "The copy"), ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "not_found") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{designId}/finalize`,
    tags,
    summary: "Finalize a design: render it for print",
    description: `Renders each side with artwork from the saved layers: a print file (the artwork alone, transparent PNG, its longer edge 2400 px) and a mockup (the artwork composited over the side's mockup image inside its print area), both stored as \`render\` assets, and a \`thumbnail\`. The design becomes \`finalized\` with \`finalizedAt\`, \`previewUrl\` (first mockup) and \`thumbnailUrl\`. 400 when no side has artwork; 30 renders an hour per design. ${ownership}`,
    security,
    request: { params: numericIdParams },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ design: designSchema, renders: z.array(sideRenderSchema) })), "The finalized design and its renders"),
      ...errorResponses("validation_error", "unauthorized", "forbidden", "not_found", "rate_limited"),
    },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{designId}/assets`,
    tags,
    summary: "Upload an image to a design",
    description: `multipart/form-data with a \`file\`: PNG, JPEG or WebP recognised by its bytes (name and declared type are ignored; SVG and anything else are refused with 400), at most 10 MB (413) and 36 megapixels (413). It is re-encoded without metadata and stored as an \`upload\` asset of the design. 60 uploads an hour per caller. ${ownership}`,
    security,
    request: { params: numericIdParams, body: multipartUpload() },
    responses: { 201: jsonResponse(successEnvelope(designAssetSchema), "The asset"), ...errorResponses("validation_error", "unauthorized", "forbidden", "not_found", "payload_too_large", "rate_limited") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/claim`,
    tags,
    summary: "Claim an anonymous session's designs",
    description: "After login or register: moves every design (both designers) and upload of the anonymous `sessionId` on this site to the signed-in customer. `customerId` must be the token's customer (403 otherwise).",
    security: [{ bearerAuth: [] }],
    request: { params: siteIdParam, body: jsonBody(claimDesignsSchema) },
    responses: {
      200: jsonResponse(successEnvelope(z.object({ claimed: z.number().int(), designs: z.number().int(), legacyDesigns: z.number().int(), assets: z.number().int() })), "What moved"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden"),
    },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/anonymous/count`,
    tags,
    summary: "Designs held by the anonymous session",
    description: `Public; reads the \`${DESIGN_SESSION_COOKIE}\` cookie (0 without it).`,
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(z.object({ count: z.number().int() })), "The count"), ...errorResponses() },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/fonts`,
    tags,
    summary: "Fonts of the designer",
    description: "Public. The families a text layer may use, each with the CSS fallbacks the server renderer also draws with.",
    request: { params: siteIdParam },
    responses: { 200: jsonResponse(successEnvelope(z.array(fontSchema)), "Fonts"), ...errorResponses() },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/generate-thumbnail`,
    tags,
    summary: "Render a thumbnail of a design",
    description: `A flat PNG (at most 600 px) of one side from the saved layers over its mockup: \`side\`, else the first side with artwork. Stored as a \`thumbnail\` asset and as the design's \`thumbnailUrl\`. ${ownership}`,
    security,
    request: { params: siteIdParam, body: jsonBody(generateThumbnailSchema) },
    responses: {
      201: jsonResponse(successEnvelope(designAssetSchema.extend({ thumbnailUrl: z.string(), side: z.string() })), "The thumbnail"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "not_found", "rate_limited"),
    },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/upload-image`,
    tags,
    summary: "Upload a customer image",
    description: "As POST /designs/{designId}/assets, without a design (or with an owned one in the `designId` field). The caller must be a customer or hold the designer session cookie (401 otherwise).",
    security,
    request: { params: siteIdParam, body: multipartUpload({ designId: z.string().optional().meta({ description: "An owned design to attach the image to" }) }) },
    responses: { 201: jsonResponse(successEnvelope(designAssetSchema), "The asset"), ...errorResponses("validation_error", "unauthorized", "forbidden", "not_found", "payload_too_large", "rate_limited") },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/assets`,
    tags,
    summary: "Fetch or register designer assets",
    description: "The assets among `ids` the caller may use (its uploads, and assets of its own, public or template designs), in the order asked; the rest are left out. With `designId` (owned), the caller's unattached uploads among them are attached to that design.",
    security,
    request: { params: siteIdParam, body: jsonBody(batchAssetsSchema) },
    responses: { 200: jsonResponse(successEnvelope(z.array(designAssetSchema)), "Assets"), ...errorResponses("validation_error", "invalid_json", "unauthorized", "forbidden", "not_found") },
  });
}
