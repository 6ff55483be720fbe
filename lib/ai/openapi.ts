import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { successEnvelope } from "@/lib/api/schemas";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { errorResponses, jsonBody, jsonResponse, siteIdParam } from "@/lib/openapi/registry";
import { aiImageRequestSchema, aiImageResultSchema, aiTextRequestSchema, aiTextResultSchema, MAX_IMAGE_PROMPT, MAX_TEXT_PROMPT } from "./schemas";

// Either credential proves ownership of the design: the customer's Bearer token or the anonymous
// designer cookie (or, without the cookie, the body's sessionId).
const security: Record<string, string[]>[] = [{ bearerAuth: [] }, { designSession: [] }];
const designIdParam = z.object({ designId: z.string().regex(/^\d+$/).meta({ description: "Numeric id of a new-designer design", example: "77" }) });
const params = siteIdParam.extend(designIdParam.shape);

const limits =
  "Billed against the merchant: each store has a monthly plan (images counted per image, text per request, calendar month in UTC; past it `402 ai_plan_limit_reached`) and a per-design limit of AI calls per hour, both kinds together (past it `429 rate_limited` with `Retry-After`). A store without its own provider key answers `503 service_unavailable`. A provider failure answers `502 ai_provider_error` and counts nothing against the plan.";

export function registerAiRoutes(registry: OpenAPIRegistry) {
  const base = "/api/storefront/{siteId}/designs/{designId}";
  // Registering a scheme twice under one name keeps one: the designs module may register it too.
  registry.registerComponent("securitySchemes", "designSession", { type: "apiKey", in: "cookie", name: DESIGN_SESSION_COOKIE, description: "The anonymous designer session that POST /designs sets" });
  registry.registerPath({
    method: "post",
    path: `${base}/ai-image`,
    tags: ["Designs"],
    summary: "Generate AI artwork for a design",
    description: [
      `Generates \`n\` print-ready images with OpenAI gpt-image-1 and stores each as a design asset, ready to place as an image layer. \`prompt\` is required, at most ${MAX_IMAGE_PROMPT} characters, and is sent with instructions for the \`style\`:`,
      "`illustration` bold vector-like illustration with clean outlines and flat colours; `photo` photorealistic; `graphic` simple shapes and a limited palette that screen-prints well; `auto` no style instruction.",
      "Every style also asks for a single centred subject with clean edges (and, with `transparent`, a transparent background); the full text is answered as `augmentedPrompt`.",
      "The caller must own the design (403 otherwise, 404 when there is none).",
      limits,
    ].join("\n\n"),
    security,
    request: { params, body: jsonBody(aiImageRequestSchema) },
    responses: {
      201: jsonResponse(successEnvelope(aiImageResultSchema), "The first image, with every variation in `variants`"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "ai_plan_limit_reached", "forbidden", "not_found", "rate_limited", "ai_provider_error", "service_unavailable"),
    },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/ai-text`,
    tags: ["Designs"],
    summary: "Suggest text for a design",
    description: [
      `Writes \`count\` (1 to 6, default 3) short slogans or captions with Claude; \`prompt\` is required, at most ${MAX_TEXT_PROMPT} characters. Each suggestion is trimmed and at most 120 characters; at least one is answered.`,
      "The caller must own the design (403 otherwise, 404 when there is none).",
      limits,
    ].join("\n\n"),
    security,
    request: { params, body: jsonBody(aiTextRequestSchema) },
    responses: {
      200: jsonResponse(successEnvelope(aiTextResultSchema), "The suggestions"),
      ...errorResponses("validation_error", "invalid_json", "unauthorized", "ai_plan_limit_reached", "forbidden", "not_found", "rate_limited", "ai_provider_error", "service_unavailable"),
    },
  });
}
