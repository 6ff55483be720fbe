import "server-only";
import OpenAI from "openai";
import sharp from "sharp";
import { env } from "@/lib/env";
import { providerFailure } from "./provider-failure";
import type { AiImageRequest } from "./schemas";

export const IMAGE_MODEL = "gpt-image-1";

export type GeneratedImage = { body: Buffer; mimeType: string; extension: string; width: number; height: number };

const FORMATS: Record<string, { mimeType: string; extension: string }> = {
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
};

type ImageCall = Pick<AiImageRequest, "size" | "quality" | "transparent" | "n"> & { apiKey: string; prompt: string };

/**
 * Asks OpenAI's image API for n images with the merchant's key. No automatic retry: the shopper
 * is waiting, and a hidden retry could bill the merchant's OpenAI account twice for one request.
 * Only images that decode are kept; an answer with none is a provider failure. `generated` counts
 * every image the provider made, which is what it bills.
 */
export async function generateImages({ apiKey, prompt, size, quality, transparent, n }: ImageCall): Promise<{ images: GeneratedImage[]; generated: number }> {
  // null, not undefined: the SDK would otherwise fill these from OPENAI_* variables of this host,
  // sending our organisation or admin key along with the merchant's key.
  const client = new OpenAI({ apiKey, adminAPIKey: null, organization: null, project: null, baseURL: env.OPENAI_API_URL, maxRetries: 0, timeout: env.AI_IMAGE_TIMEOUT_MS });
  let encoded: string[];
  try {
    const response = await client.images.generate({
      model: IMAGE_MODEL,
      prompt,
      n,
      size,
      quality,
      background: transparent ? "transparent" : "opaque",
      output_format: "png",
    });
    encoded = (response.data ?? []).flatMap((image) => (image.b64_json ? [image.b64_json] : []));
  } catch (error) {
    throw providerFailure("image", error, apiKey);
  }
  const images = (await Promise.all(encoded.map(decodeImage))).filter((image) => image !== null);
  if (images.length === 0) throw providerFailure("image", new Error(`OpenAI answered ${encoded.length} images, none decodable`), apiKey);
  return { images, generated: encoded.length };
}

async function decodeImage(base64: string): Promise<GeneratedImage | null> {
  const body = Buffer.from(base64, "base64");
  const meta = await sharp(body)
    .metadata()
    .catch(() => null);
  const format = meta?.format ? FORMATS[meta.format] : undefined;
  if (!meta?.width || !meta.height || !format) return null;
  return { body, ...format, width: meta.width, height: meta.height };
}
