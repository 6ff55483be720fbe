import { z } from "zod";

// Request and answer shapes of POST /designs/{designId}/ai-image and /ai-text, as the spec gives
// them; the same schemas validate requests and describe them in the OpenAPI document.

export const MAX_IMAGE_PROMPT = 1000;
export const MAX_TEXT_PROMPT = 600;
export const MAX_PRODUCT_NAME = 200;

export const designIdParamSchema = z.object({
  designId: z.string().regex(/^[1-9]\d{0,9}$/, { error: "designId must be a positive integer" }).transform(Number).refine((id) => id <= 2_147_483_647, { error: "designId must be a positive integer" }),
});

// Same shape as the sd_design_session cookie (lib/designs/design-caller.ts): the spec lets an
// anonymous designer without the cookie name its session in the body instead.
const sessionIdField = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,128}$/, { error: "sessionId must be a designer session id" })
  .optional()
  .meta({ description: "The anonymous designer session, when the sd_design_session cookie is not sent" });

const promptField = (max: number, description: string) =>
  z
    .string({ error: "prompt is required" })
    .trim()
    .min(1, { error: "prompt is required" })
    .max(max, { error: `prompt must be at most ${max} characters` })
    .meta({ description: `${description} (at most ${max} characters, blank refused)` });

export const imageStyles = ["illustration", "photo", "graphic", "auto"] as const;
export const imageSizes = ["1024x1024", "1024x1536", "1536x1024", "auto"] as const;
export const imageQualities = ["low", "medium", "high", "auto"] as const;

export const aiImageRequestSchema = z.object({
  prompt: promptField(MAX_IMAGE_PROMPT, "What the image shows"),
  style: z.enum(imageStyles).default("illustration").meta({ description: "How the prompt is rendered; see the operation's description" }),
  transparent: z.boolean().default(true).meta({ description: "A transparent-background PNG (recommended for print)" }),
  size: z.enum(imageSizes).default("1024x1024"),
  quality: z.enum(imageQualities).default("high"),
  n: z.number({ error: "n must be a whole number from 1 to 4" }).int({ error: "n must be a whole number from 1 to 4" }).min(1, { error: "n must be a whole number from 1 to 4" }).max(4, { error: "n must be a whole number from 1 to 4" }).default(1).meta({ description: "Number of variations" }),
  sessionId: sessionIdField,
});

export type AiImageRequest = z.output<typeof aiImageRequestSchema>;

export const aiTextRequestSchema = z.object({
  prompt: promptField(MAX_TEXT_PROMPT, "What kind of text to write"),
  productName: z.string().trim().max(MAX_PRODUCT_NAME, { error: `productName must be at most ${MAX_PRODUCT_NAME} characters` }).optional().meta({ description: "Product context" }),
  count: z.number({ error: "count must be a whole number from 1 to 6" }).int({ error: "count must be a whole number from 1 to 6" }).min(1, { error: "count must be a whole number from 1 to 6" }).max(6, { error: "count must be a whole number from 1 to 6" }).default(3).meta({ description: "Number of suggestions" }),
  sessionId: sessionIdField,
});

export type AiTextRequest = z.output<typeof aiTextRequestSchema>;

const imageAssetSchema = z.object({
  id: z.number().int(),
  url: z.string().meta({ description: "Absolute URL of the stored PNG" }),
  width: z.number().int(),
  height: z.number().int(),
  mimeType: z.string(),
  fileSize: z.number().int().meta({ description: "Bytes" }),
});

export type AiImageVariant = z.infer<typeof imageAssetSchema>;

export const aiImageResultSchema = imageAssetSchema
  .extend({
    prompt: z.string(),
    augmentedPrompt: z.string().meta({ description: "The prompt as sent to the model, with the style's instructions" }),
    style: z.enum(imageStyles),
    variants: z.array(imageAssetSchema).meta({ description: "Every generated image; the first is also the top-level asset" }),
  })
  .meta({ id: "AiImageResult" });

export type AiImageResult = z.infer<typeof aiImageResultSchema>;

export const aiTextResultSchema = z.object({ suggestions: z.array(z.string()).min(1).max(6) }).meta({ id: "AiTextResult" });
