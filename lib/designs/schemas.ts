import { z } from "zod";
import { positiveIdField, positiveIdString, timestamp } from "@/lib/api/schemas";
import { FONT_FAMILIES } from "./fonts";

// Request and response shapes of the Designs API, and the layer JSON that the canvas saves and
// the server renderer draws: one definition, so what is printed is what was saved.

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The shape of an sd_design_session value (newToken() makes 43 URL-safe characters). */
export const DESIGN_SESSION_PATTERN = /^[A-Za-z0-9_-]{20,128}$/;

const sideSlug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: "must be a side slug such as \"front\"" });
const coordinate = z.number().finite().min(-20_000).max(20_000);
const extent = z.number().finite().positive().max(20_000);

const layerBase = {
  id: z.string().min(1).max(64).meta({ description: "Client-chosen id, unique within the design" }),
  side: sideSlug.meta({ description: "Slug of the side (DesignerSide.slug) the layer is printed on" }),
  x: coordinate.meta({ description: "Centre of the layer, from the print area's left edge, in mockup pixels" }),
  y: coordinate.meta({ description: "Centre of the layer, from the print area's top edge, in mockup pixels" }),
  width: extent.meta({ description: "Unscaled width in mockup pixels (a text layer's box width)" }),
  height: extent.meta({ description: "Unscaled height in mockup pixels" }),
  rotation: z.number().finite().min(-3600).max(3600).default(0).meta({ description: "Degrees clockwise about the centre" }),
  scaleX: z.number().finite().positive().max(100).default(1),
  scaleY: z.number().finite().positive().max(100).default(1),
  opacity: z.number().min(0).max(1).default(1),
  zIndex: z.number().int().min(-10_000).max(10_000).default(0).meta({ description: "Higher draws on top; ties keep array order" }),
  visible: z.boolean().default(true),
};

export const textLayerSchema = z
  .object({
    ...layerBase,
    type: z.literal("text"),
    text: z.string().max(500),
    fontFamily: z.enum(FONT_FAMILIES, { error: "must be one of the fonts of GET /designs/fonts" }).default("Arial"),
    fontSize: z.number().finite().min(4).max(1000).default(40).meta({ description: "In mockup pixels, before scaling" }),
    fontWeight: z.enum(["normal", "bold"]).default("normal"),
    fontStyle: z.enum(["normal", "italic"]).default("normal"),
    fill: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a colour like #1a2b3c" }).default("#000000"),
    align: z.enum(["left", "center", "right"]).default("center"),
    lineHeight: z.number().min(0.5).max(3).default(1.16),
  })
  .meta({ id: "DesignTextLayer" });

export const imageLayerSchema = z
  .object({
    ...layerBase,
    type: z.literal("image"),
    assetId: positiveIdField("assetId").meta({ description: "A design asset of this site (upload or AI image); the renderer draws its stored file" }),
    src: z.string().max(2000).optional().meta({ description: "The asset's URL, for display; the renderer ignores it" }),
  })
  .meta({ id: "DesignImageLayer" });

export const layerSchema = z.discriminatedUnion("type", [textLayerSchema, imageLayerSchema]).meta({ id: "DesignLayer" });
export type DesignLayer = z.output<typeof layerSchema>;
export const layersSchema = z.array(layerSchema).max(200, { error: "layers: at most 200 layers" });

const styleOverridesSchema = z
  .record(z.string().max(60), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 100_000, { error: "styleOverrides is too large" })
  .meta({ description: "Per-style overrides, keyed by style id" });

const designName = z.string().trim().min(1, { error: "name must not be blank" }).max(120, { error: "name must be at most 120 characters" });
const assetUrlField = z
  .string()
  .max(2000)
  .refine((url) => /^https?:\/\//i.test(url) || /^\/media\/[A-Za-z0-9]/.test(url), { error: "thumbnailUrl must be an http(s) URL or a /media/ path" });

// ---- parameters -----------------------------------------------------------------------------

const numericId = (field: string) => positiveIdString(`${field} must be a numeric design id`);

/** {designId}: a numeric new-designer id or a 36-character legacy UUID. */
export const anyDesignIdParamSchema = z.object({
  designId: z.union([numericId("designId").transform((id) => ({ kind: "numeric" as const, id })), z.string().regex(UUID_PATTERN).transform((id) => ({ kind: "legacy" as const, id: id.toLowerCase() }))], {
    error: "designId must be a numeric design id or a 36-character UUID",
  }),
});

export const numericDesignIdParamSchema = z.object({ designId: numericId("designId") });
export const uuidParamSchema = z.object({ uuid: z.string().regex(UUID_PATTERN, { error: "uuid must be a 36-character UUID" }).transform((id) => id.toLowerCase()) });

// ---- requests ---------------------------------------------------------------------------------

export const listDesignsQuerySchema = z.object({
  productId: positiveIdString("productId must be a positive integer").optional(),
  templates: z.enum(["0", "1", "true", "false"], { error: "templates must be 1 or 0" }).transform((v) => v === "1" || v === "true").optional(),
});

export const createDesignSchema = z.object({
  productId: positiveIdField("productId"),
  name: designName.optional(),
  layers: layersSchema.optional(),
  styleId: positiveIdField("styleId").optional(),
});
export type CreateDesignInput = z.output<typeof createDesignSchema>;

export const updateDesignSchema = z.object({
  layers: layersSchema.optional(),
  styleOverrides: styleOverridesSchema.optional(),
  name: designName.optional(),
  description: z.string().max(2000).nullable().optional(),
  thumbnailUrl: assetUrlField.nullable().optional(),
  styleId: positiveIdField("styleId").optional(),
});
export type UpdateDesignInput = z.output<typeof updateDesignSchema>;

const sessionIdField = z.string().regex(DESIGN_SESSION_PATTERN, { error: "sessionId must be a designer session id" });

export const legacyDesignQuerySchema = z.object({ sessionId: sessionIdField.optional() });

export const updateLegacyDesignSchema = z.object({
  name: designName.optional(),
  layersBySurface: z
    .record(sideSlug, z.array(z.record(z.string(), z.unknown())).max(200))
    .refine((value) => JSON.stringify(value).length <= 500_000, { error: "layersBySurface is too large" })
    .optional()
    .meta({ description: "Layers of the legacy designer, keyed by surface slug" }),
  canvasSize: z.object({ width: z.number().int().positive().max(20_000), height: z.number().int().positive().max(20_000) }).optional(),
  status: z.enum(["draft", "finalized", "rendered"]).optional(),
  sessionId: sessionIdField.optional(),
});
export type UpdateLegacyDesignInput = z.output<typeof updateLegacyDesignSchema>;

export const shareDesignSchema = z.object({ isPublic: z.boolean({ error: "isPublic must be true or false" }), sessionId: sessionIdField.optional() });
export const cloneDesignSchema = z.object({ name: designName.optional() });
export const claimDesignsSchema = z.object({ sessionId: sessionIdField, customerId: positiveIdField("customerId") });
export const generateThumbnailSchema = z.object({ designId: positiveIdField("designId"), side: sideSlug.optional() });
export const batchAssetsSchema = z.object({
  ids: z.array(positiveIdField("ids")).min(1, { error: "ids must list at least one asset id" }).max(100, { error: "ids: at most 100 ids" }),
  designId: positiveIdField("designId").optional().meta({ description: "Attach the caller's unattached uploads among ids to this design" }),
});

// ---- responses --------------------------------------------------------------------------------

export const designSchema = z
  .object({
    id: z.number().int(),
    uuid: z.string(),
    websiteId: z.number().int(),
    productId: z.number().int(),
    styleId: z.number().int().nullable(),
    name: z.string(),
    description: z.string().nullable(),
    layers: z.array(layerSchema),
    styleOverrides: z.record(z.string(), z.unknown()),
    thumbnailUrl: z.string().nullable(),
    previewUrl: z.string().nullable(),
    status: z.enum(["draft", "finalized", "rendered"]),
    isPublic: z.boolean(),
    isTemplate: z.boolean(),
    finalizedAt: timestamp.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Design" });
export type DesignDto = z.infer<typeof designSchema>;

export const legacyDesignSchema = z
  .object({
    id: z.string(),
    uuid: z.string(),
    websiteId: z.number().int(),
    productId: z.number().int(),
    name: z.string(),
    layersBySurface: z.record(z.string(), z.unknown()),
    canvasSize: z.object({ width: z.number(), height: z.number() }).nullable(),
    status: z.enum(["draft", "finalized", "rendered"]),
    isPublic: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "LegacyDesign" });
export type LegacyDesignDto = z.infer<typeof legacyDesignSchema>;

export const designAssetSchema = z
  .object({
    id: z.number().int(),
    designId: z.number().int().nullable(),
    kind: z.enum(["upload", "ai_image", "thumbnail", "render"]),
    url: z.string(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    mimeType: z.string(),
    fileSize: z.number().int(),
    createdAt: timestamp,
  })
  .meta({ id: "DesignAsset" });
export type DesignAssetDto = z.infer<typeof designAssetSchema>;

export const sideRenderSchema = z
  .object({
    side: z.string(),
    name: z.string(),
    printFile: designAssetSchema.meta({ description: "The side's artwork alone at print resolution, transparent PNG" }),
    mockup: designAssetSchema.meta({ description: "The artwork composited over the side's mockup inside its print area" }),
  })
  .meta({ id: "DesignSideRender" });

export const fontSchema = z.object({ family: z.string(), category: z.string(), fallback: z.string(), weights: z.array(z.number().int()) }).meta({ id: "DesignerFont" });

/** Text fields beside the file of an upload form. */
export const uploadFieldsSchema = z.object({
  designId: numericId("designId").optional(),
});
