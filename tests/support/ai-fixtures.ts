import { afterAll, beforeAll } from "vitest";
import { POST as aiImageRoute } from "@/app/api/storefront/[siteId]/designs/[designId]/ai-image/route";
import { POST as aiTextRoute } from "@/app/api/storefront/[siteId]/designs/[designId]/ai-text/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { newToken, tokenDigest } from "@/lib/security/tokens";
import { callRoute } from "./api";
import { startFakeAnthropic, type FakeAnthropic } from "./fake-anthropic";
import { startFakeOpenAi, type FakeOpenAi } from "./fake-openai";
import { createProduct, createSite } from "./fixtures";

export const OPENAI_KEY = "sk-merchant-openai-7f3a9c";
export const ANTHROPIC_KEY = "sk-ant-merchant-41bd20";

/** Starts fake OpenAI and Anthropic for the calling file's tests and points the AI clients at them. */
export function fakeAiProvidersForThisFile() {
  const providers = {} as { openai: FakeOpenAi; anthropic: FakeAnthropic };
  const realUrls = { openai: env.OPENAI_API_URL, anthropic: env.ANTHROPIC_API_URL };
  beforeAll(async () => {
    [providers.openai, providers.anthropic] = await Promise.all([startFakeOpenAi(), startFakeAnthropic()]);
    // lib/env parses the environment once, at import; the AI clients read these URLs at call time.
    env.OPENAI_API_URL = `${providers.openai.url}/v1`;
    env.ANTHROPIC_API_URL = providers.anthropic.url;
  });
  afterAll(async () => {
    env.OPENAI_API_URL = realUrls.openai;
    env.ANTHROPIC_API_URL = realUrls.anthropic;
    await Promise.all([providers.openai.close(), providers.anthropic.close()]);
  });
  return providers;
}

export type AiStoreSettings = {
  openaiApiKey?: string | null;
  anthropicApiKey?: string | null;
  aiImageMonthlyLimit?: number;
  aiTextMonthlyLimit?: number;
  aiRequestsPerDesignHour?: number;
};

/** A site of the test's own whose store has both AI keys, and a designable product on it. */
export async function aiShop(settings: AiStoreSettings = {}) {
  const site = await createSite();
  await db().store.update({ where: { siteId: site.id }, data: { openaiApiKey: OPENAI_KEY, anthropicApiKey: ANTHROPIC_KEY, ...settings } });
  const product = await createProduct(site.id, { designable: true });
  return { siteId: site.id, productId: product.id };
}

/** A design owned by an anonymous designer session (the cookie headers to send) or by a customer. */
export async function designIn(shop: { siteId: number; productId: number }, owner: { customerId?: number } = {}) {
  const sessionId = owner.customerId ? null : newToken();
  const design = await db().productDesign.create({ data: { siteId: shop.siteId, productId: shop.productId, sessionId: sessionId && tokenDigest(sessionId), customerId: owner.customerId ?? null } });
  return { id: design.id, sessionId, headers: sessionId ? { cookie: `sd_design_session=${sessionId}` } : ({} as Record<string, string>) };
}

/** POST /designs/{designId}/ai-image or /ai-text, in-process. */
export const postAi = (kind: "ai-image" | "ai-text", siteId: number, designId: number | string, body: unknown, headers: Record<string, string> = {}) =>
  callRoute(kind === "ai-image" ? aiImageRoute : aiTextRoute, `/api/storefront/${siteId}/designs/${designId}/${kind}`, {
    params: { siteId: String(siteId), designId: String(designId) },
    method: "POST",
    body,
    headers,
  });
