import "server-only";
import OpenAI from "openai";
import sharp from "sharp";
import { env } from "@/lib/env";
import { fetchPublicUrl } from "@/lib/security/public-url-fetch";
import { providerFailure } from "./provider-failure";
import type { AiImageRequest } from "./schemas";

export const IMAGE_MODEL = "gpt-image-1";

// An image the provider answers as a URL (DALL·E, compatible providers at OPENAI_API_URL).
const IMAGE_URL_TIMEOUT_MS = 30_000;
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

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
  let answers: ImageAnswer[];
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
    answers = (response.data ?? []).flatMap<ImageAnswer>((image) => (image.b64_json ? [{ base64: image.b64_json }] : image.url ? [{ url: image.url }] : []));
  } catch (error) {
    throw providerFailure("image", error, apiKey);
  }
  const images = (await Promise.all(answers.map((answer) => decodeImage(answer, apiKey)))).filter((image) => image !== null);
  if (images.length === 0) throw providerFailure("image", new Error(`OpenAI answered ${answers.length} images, none decodable`), apiKey);
  return { images, generated: answers.length };
}

type ImageAnswer = { base64: string } | { url: string };

/**
 * An answered image's bytes. A URL is the provider's word, not ours: it is fetched only from a
 * public address (never this host, its network or a metadata service), so a compromised or
 * misconfigured provider cannot make the server request internal URLs.
 */
async function imageBytes(answer: ImageAnswer, apiKey: string): Promise<Buffer | null> {
  if ("base64" in answer) return Buffer.from(answer.base64, "base64");
  try {
    return (await fetchPublicUrl(answer.url, { maxBytes: MAX_IMAGE_BYTES, timeoutMs: IMAGE_URL_TIMEOUT_MS })).body;
  } catch (error) {
    providerFailure("image download", error, apiKey);
    return null;
  }
}

async function decodeImage(answer: ImageAnswer, apiKey: string): Promise<GeneratedImage | null> {
  const body = await imageBytes(answer, apiKey);
  if (!body) return null;
  const meta = await sharp(body)
    .metadata()
    .catch(() => null);
  const format = meta?.format ? FORMATS[meta.format] : undefined;
  if (!meta?.width || !meta.height || !format) return null;
  return { body, ...format, width: meta.width, height: meta.height };
}
