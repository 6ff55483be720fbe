import "server-only";
import { randomBytes } from "node:crypto";
import { assetUrl } from "@/lib/assets/asset-url";
import { db } from "@/lib/db";
import { objectStorage } from "@/lib/storage/object-storage";
import { billedAiCall, enforceDesignAiRateLimit } from "./ai-budget";
import { merchantAiSettings } from "./ai-settings";
import { augmentImagePrompt } from "./image-styles";
import { generateImages, IMAGE_MODEL } from "./openai-images";
import type { AiImageRequest, AiImageResult, AiImageVariant } from "./schemas";

type Input = { siteId: number; design: { id: number; customerId: number | null; sessionId: string | null }; request: AiImageRequest; origin: string };

/**
 * Generates the design's AI images with the merchant's OpenAI key and stores each as a design
 * asset. Checks in order: the merchant's key (503), the design's hourly limit (429), the monthly
 * plan (402, counted in images: a request for n needs n left).
 */
export async function generateAiImage({ siteId, design, request, origin }: Input): Promise<AiImageResult> {
  const { apiKey, requestsPerDesignHour } = await merchantAiSettings(siteId, "openai");
  await enforceDesignAiRateLimit(design.id, requestsPerDesignHour);
  const augmentedPrompt = augmentImagePrompt(request.prompt, request.style, request.transparent);
  const reservation = { siteId, designId: design.id, kind: "image" as const, model: IMAGE_MODEL, units: request.n };
  const images = await billedAiCall(reservation, async () => {
    const { images, generated } = await generateImages({ ...request, apiKey, prompt: augmentedPrompt });
    return { value: images, units: generated };
  });

  // From here the images exist and are billed by the provider, so the usage stays even if storing fails.
  const variants: AiImageVariant[] = [];
  for (const image of images) {
    const key = `sites/${siteId}/designs/${design.id}/ai/${randomBytes(12).toString("hex")}.${image.extension}`;
    const stored = await objectStorage().put(key, image.body, image.mimeType);
    const asset = await db().designAsset.create({
      data: {
        siteId,
        designId: design.id,
        customerId: design.customerId,
        sessionId: design.sessionId,
        kind: "ai_image",
        url: stored.url,
        storageKey: stored.key,
        mimeType: image.mimeType,
        width: image.width,
        height: image.height,
        fileSize: image.body.length,
        prompt: request.prompt,
        augmentedPrompt,
        style: request.style,
      },
      select: { id: true, url: true, width: true, height: true, mimeType: true, fileSize: true },
    });
    variants.push({ ...asset, url: assetUrl(origin, asset.url), width: image.width, height: image.height });
  }
  return { ...variants[0], prompt: request.prompt, augmentedPrompt, style: request.style, variants };
}
