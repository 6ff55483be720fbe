import "server-only";
import Anthropic from "@anthropic-ai/sdk";
import { env } from "@/lib/env";
import { providerFailure } from "./provider-failure";
import { MAX_SUGGESTION_LENGTH } from "./parse-suggestions";

// A small, fast model: suggestions are a few words each and the shopper waits for them.
export const TEXT_MODEL = "claude-haiku-4-5";

const SYSTEM = [
  "You write short text for custom printed products (t-shirts, mugs, posters): slogans, taglines, captions.",
  `Each suggestion is at most ${Math.floor(MAX_SUGGESTION_LENGTH / 2)} characters, original, and suitable for print; no hashtags, no emoji unless asked.`,
  'Answer with JSON only, exactly: {"suggestions": ["...", "..."]}',
].join("\n");

type TextCall = { apiKey: string; prompt: string; productName?: string; count: number };

/** Claude's raw reply text to a suggestions request, sent with the merchant's key and no automatic retry. */
export async function requestSuggestions({ apiKey, prompt, productName, count }: TextCall): Promise<string> {
  const client = new Anthropic({ apiKey, baseURL: env.ANTHROPIC_API_URL, maxRetries: 0, timeout: env.AI_TEXT_TIMEOUT_MS });
  const request = [`Write ${count} different suggestions.`, productName ? `Product: ${productName}` : "", `Request: ${prompt}`].filter(Boolean).join("\n");
  try {
    const message = await client.messages.create({
      model: TEXT_MODEL,
      max_tokens: 200 + count * 60,
      system: SYSTEM,
      messages: [{ role: "user", content: request }],
    });
    return message.content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("\n");
  } catch (error) {
    throw providerFailure("text", error, apiKey);
  }
}
