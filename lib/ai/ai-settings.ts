import "server-only";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";

type Provider = "openai" | "anthropic";

const PROVIDER_NAMES: Record<Provider, string> = { openai: "OpenAI", anthropic: "Anthropic" };

/**
 * The merchant's own key for a provider and the per-design hourly limit; 503 when the merchant has
 * configured no key (the keys are omitted from every other read, so they are selected here only).
 */
export async function merchantAiSettings(siteId: number, provider: Provider): Promise<{ apiKey: string; requestsPerDesignHour: number }> {
  const store = await db().store.findUnique({
    where: { siteId },
    select: { openaiApiKey: true, anthropicApiKey: true, aiRequestsPerDesignHour: true },
  });
  const apiKey = (provider === "openai" ? store?.openaiApiKey : store?.anthropicApiKey)?.trim();
  if (!store || !apiKey) throw new ApiError("service_unavailable", `No ${PROVIDER_NAMES[provider]} key configured for this merchant`);
  return { apiKey, requestsPerDesignHour: store.aiRequestsPerDesignHour };
}
