import "server-only";
import { billedAiCall, enforceDesignAiRateLimit } from "./ai-budget";
import { merchantAiSettings } from "./ai-settings";
import { requestSuggestions, TEXT_MODEL } from "./anthropic-text";
import { parseSuggestions } from "./parse-suggestions";
import { providerFailure } from "./provider-failure";
import type { AiTextRequest } from "./schemas";

type Input = { siteId: number; designId: number; request: AiTextRequest };

/**
 * 1 to `count` short text suggestions from Claude with the merchant's Anthropic key, under the
 * same checks as images: key (503), the design's hourly limit (429), the monthly plan (402,
 * counted in requests). A reply with no usable suggestion is a provider failure and bills nothing.
 */
export async function generateAiText({ siteId, designId, request }: Input): Promise<{ suggestions: string[] }> {
  const { apiKey, requestsPerDesignHour } = await merchantAiSettings(siteId, "anthropic");
  await enforceDesignAiRateLimit(designId, requestsPerDesignHour);
  const reservation = { siteId, designId, kind: "text" as const, model: TEXT_MODEL, units: 1 };
  const suggestions = await billedAiCall(reservation, async () => {
    const reply = await requestSuggestions({ apiKey, prompt: request.prompt, productName: request.productName, count: request.count });
    const parsed = parseSuggestions(reply, request.count);
    if (parsed.length === 0) throw providerFailure("text", new Error("Claude's reply held no suggestion"), apiKey, { replyLength: reply.length });
    return { value: parsed, units: 1 };
  });
  return { suggestions };
}
