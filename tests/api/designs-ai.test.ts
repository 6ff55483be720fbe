import { describe, expect, inject, it, vi } from "vitest";
import { reserveAiUsage } from "@/lib/ai/ai-budget";
import { db } from "@/lib/db";
import { newToken, tokenDigest } from "@/lib/security/tokens";
import { objectStorage } from "@/lib/storage/object-storage";
import { aiShop, ANTHROPIC_KEY, designIn, OPENAI_KEY, postAi, fakeAiProvidersForThisFile } from "../support/ai-fixtures";
import { bearer, signUp } from "../support/customers";
import { DEFAULT_SUGGESTIONS } from "../support/fake-anthropic";

const providers = fakeAiProvidersForThisFile();

const usageOf = (siteId: number) => db().aiUsage.findMany({ where: { siteId }, orderBy: { id: "asc" } });

describe("POST /designs/{designId}/ai-image", () => {
  it("generates n images with the merchant's key and the augmented prompt, stores each as a design asset and bills the images", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const sent = providers.openai.requests.length;
    const prompt = "  a bold sun rising over mountains ";
    const result = await postAi("ai-image", shop.siteId, design.id, { prompt, style: "photo", transparent: false, size: "1024x1536", quality: "medium", n: 2 }, design.headers);

    expect(result.status).toBe(201);
    const data = result.body.data;
    expect(data).toMatchObject({ prompt: "a bold sun rising over mountains", style: "photo", width: 64, height: 96, mimeType: "image/png" });
    expect(data.augmentedPrompt).toMatch(/^a bold sun rising over mountains\n\nStyle: photorealistic/);
    expect(data.augmentedPrompt).not.toMatch(/Transparent background/);
    expect(data.variants).toHaveLength(2);
    expect(data.variants[0]).toEqual({ id: data.id, url: data.url, width: 64, height: 96, mimeType: "image/png", fileSize: data.fileSize });

    expect(providers.openai.requests.slice(sent)).toHaveLength(1);
    const request = providers.openai.requests.at(-1)!;
    expect(request.path).toBe("/v1/images/generations");
    expect(request.authorization).toBe(`Bearer ${OPENAI_KEY}`);
    expect(request.body).toMatchObject({ model: "gpt-image-1", prompt: data.augmentedPrompt, n: 2, size: "1024x1536", quality: "medium", background: "opaque", output_format: "png" });

    const assets = await db().designAsset.findMany({ where: { designId: design.id }, orderBy: { id: "asc" } });
    expect(assets.map((a) => a.id)).toEqual(data.variants.map((v: { id: number }) => v.id));
    for (const [i, asset] of assets.entries()) {
      expect(asset).toMatchObject({ siteId: shop.siteId, kind: "ai_image", sessionId: tokenDigest(design.sessionId!), prompt: data.prompt, augmentedPrompt: data.augmentedPrompt, style: "photo", width: 64, height: 96, mimeType: "image/png" });
      expect(asset.storageKey).toMatch(new RegExp(`^sites/${shop.siteId}/designs/${design.id}/ai/[0-9a-f]{24}\\.png$`));
      expect(data.variants[i].url).toBe(`http://localhost:3000/media/${asset.storageKey}`);
      const stored = await objectStorage().get(asset.storageKey);
      expect(stored?.contentType).toBe("image/png");
      expect(stored?.body.length).toBe(asset.fileSize);
      expect(stored?.body.subarray(1, 4).toString()).toBe("PNG");
    }
    expect(await usageOf(shop.siteId)).toMatchObject([{ kind: "image", model: "gpt-image-1", units: 2, designId: design.id }]);
  });

  it("uses the spec's defaults: illustration, transparent, 1024x1024, high quality, one image", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const result = await postAi("ai-image", shop.siteId, design.id, { prompt: "a fox" }, design.headers);
    expect(result.status).toBe(201);
    expect(result.body.data).toMatchObject({ style: "illustration", width: 64, height: 64 });
    expect(result.body.data.variants).toHaveLength(1);
    expect(result.body.data.augmentedPrompt).toMatch(/illustration[\s\S]*Transparent background/);
    expect(providers.openai.requests.at(-1)!.body).toMatchObject({ n: 1, size: "1024x1024", quality: "high", background: "transparent" });
  });

  it("bills the images the provider really made when it makes fewer than asked", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    providers.openai.answerImagesOnce(1);
    const result = await postAi("ai-image", shop.siteId, design.id, { prompt: "three owls", n: 3 }, design.headers);
    expect(result.status).toBe(201);
    expect(result.body.data.variants).toHaveLength(1);
    expect(await usageOf(shop.siteId)).toMatchObject([{ kind: "image", units: 1 }]);
  });
});

describe("POST /designs/{designId}/ai-text", () => {
  it("answers count suggestions from Claude, asked with the merchant's key, and bills one request", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const result = await postAi("ai-text", shop.siteId, design.id, { prompt: "slogans for hikers", productName: "Trail Tee", count: 2 }, design.headers);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ success: true, data: { suggestions: DEFAULT_SUGGESTIONS.slice(0, 2) } });
    const request = providers.anthropic.requests.at(-1)!;
    expect(request.path).toBe("/v1/messages");
    expect(request.apiKey).toBe(ANTHROPIC_KEY);
    expect(request.body.model).toMatch(/^claude-/);
    expect(JSON.stringify(request.body.messages)).toMatch(/Write 2 different suggestions.*Trail Tee.*slogans for hikers/);
    expect(await usageOf(shop.siteId)).toMatchObject([{ kind: "text", units: 1, designId: design.id }]);
  });

  it("reads a reply that is not the JSON it asked for, cleaned and capped", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    providers.anthropic.setReply(`Here you go:\n1. "Peak Season"\n2. ${"Long ".repeat(40)}\n- Peak season\n`);
    try {
      const result = await postAi("ai-text", shop.siteId, design.id, { prompt: "hiking" }, design.headers);
      expect(result.status).toBe(200);
      const [first, second, third] = result.body.data.suggestions;
      expect(first).toBe("Here you go:");
      expect(second).toBe("Peak Season");
      expect(third.length).toBeLessThanOrEqual(120);
      expect(result.body.data.suggestions).toHaveLength(3);
    } finally {
      providers.anthropic.setReply(JSON.stringify({ suggestions: DEFAULT_SUGGESTIONS }));
    }
  });

  it("serves a customer's design on their Bearer token", async () => {
    const shop = await aiShop();
    const customer = await signUp(shop.siteId);
    const design = await designIn(shop, { customerId: customer.id });
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "mugs" }, bearer(customer.token))).status).toBe(200);
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "mugs" })).status).toBe(403);
  });
});

describe("AI requests that are refused", () => {
  it("answer 400 for a missing, blank or too long prompt and bad options, before any provider call", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const sent = { openai: providers.openai.requests.length, anthropic: providers.anthropic.requests.length };
    const cases: [("ai-image" | "ai-text"), unknown, RegExp][] = [
      ["ai-image", {}, /^prompt is required$/],
      ["ai-image", { prompt: " \n " }, /^prompt is required$/],
      ["ai-image", { prompt: "x".repeat(1001) }, /^prompt must be at most 1000 characters$/],
      ["ai-image", { prompt: "ok", n: 5 }, /^n must be a whole number from 1 to 4$/],
      ["ai-image", { prompt: "ok", size: "512x512" }, /^size: /],
      ["ai-text", { prompt: "" }, /^prompt is required$/],
      ["ai-text", { prompt: "x".repeat(601) }, /^prompt must be at most 600 characters$/],
      ["ai-text", { prompt: "ok", count: 7 }, /^count must be a whole number from 1 to 6$/],
    ];
    for (const [kind, body, message] of cases) {
      const result = await postAi(kind, shop.siteId, design.id, body, design.headers);
      expect({ kind, body, status: result.status, errorCode: result.body.errorCode }).toEqual({ kind, body, status: 400, errorCode: "validation_error" });
      expect(result.body.message).toMatch(message);
    }
    expect({ openai: providers.openai.requests.length, anthropic: providers.anthropic.requests.length }).toEqual(sent);
    expect(await usageOf(shop.siteId)).toEqual([]);
  });

  it("answer 402 once the month's plan is used up, counting images for images and requests for text", async () => {
    const shop = await aiShop({ aiImageMonthlyLimit: 3, aiTextMonthlyLimit: 1 });
    const design = await designIn(shop);
    // Last month's usage does not count against this month.
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1) - 1000);
    await db().aiUsage.create({ data: { siteId: shop.siteId, kind: "image", model: "gpt-image-1", units: 50, createdAt: lastMonth } });

    expect((await postAi("ai-image", shop.siteId, design.id, { prompt: "a", n: 2 }, design.headers)).status).toBe(201);
    const over = await postAi("ai-image", shop.siteId, design.id, { prompt: "a", n: 2 }, design.headers);
    expect(over.status).toBe(402);
    expect(over.body).toEqual({ success: false, message: "Merchant's AI plan limit reached; upgrade needed", errorCode: "ai_plan_limit_reached" });
    expect((await postAi("ai-image", shop.siteId, design.id, { prompt: "a", n: 1 }, design.headers)).status).toBe(201);

    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(200);
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(402);
    const usage = await usageOf(shop.siteId);
    expect(usage.filter((u) => u.createdAt > lastMonth).map((u) => [u.kind, u.units])).toEqual([["image", 2], ["image", 1], ["text", 1]]);
  });

  it("answer 429 with Retry-After past the design's hourly AI calls, images and text together", async () => {
    const shop = await aiShop({ aiRequestsPerDesignHour: 2 });
    const design = await designIn(shop);
    expect((await postAi("ai-image", shop.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(201);
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(200);
    const limited = await postAi("ai-image", shop.siteId, design.id, { prompt: "a" }, design.headers);
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, errorCode: "rate_limited", message: "Per-design rate limit exceeded" });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(3600);
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(429);
    // Another design of the same caller has its own hour.
    const other = await designIn(shop);
    expect((await postAi("ai-text", shop.siteId, other.id, { prompt: "a" }, other.headers)).status).toBe(200);
  });

  it("answer 503 when the merchant has no key of the provider", async () => {
    const shop = await aiShop({ openaiApiKey: null, anthropicApiKey: "  " });
    const design = await designIn(shop);
    const sent = { openai: providers.openai.requests.length, anthropic: providers.anthropic.requests.length };
    const image = await postAi("ai-image", shop.siteId, design.id, { prompt: "a" }, design.headers);
    expect(image.status).toBe(503);
    expect(image.body).toEqual({ success: false, message: "No OpenAI key configured for this merchant", errorCode: "service_unavailable" });
    const text = await postAi("ai-text", shop.siteId, design.id, { prompt: "a" }, design.headers);
    expect(text.body).toEqual({ success: false, message: "No Anthropic key configured for this merchant", errorCode: "service_unavailable" });
    expect({ openai: providers.openai.requests.length, anthropic: providers.anthropic.requests.length }).toEqual(sent);
  });

  it("answer 502 when the provider fails, without its words or the key, and bill nothing", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      providers.openai.failNext(1, 401);
      providers.anthropic.failNext(1, 529);
      const image = await postAi("ai-image", shop.siteId, design.id, { prompt: "a" }, design.headers);
      const text = await postAi("ai-text", shop.siteId, design.id, { prompt: "a" }, design.headers);
      expect(image.status).toBe(502);
      expect(image.body).toEqual({ success: false, message: "The image service failed; please try again later", errorCode: "ai_provider_error" });
      expect(text.status).toBe(502);
      expect(text.body).toEqual({ success: false, message: "The text service failed; please try again later", errorCode: "ai_provider_error" });
      for (const answer of [image.text, text.text]) expect(answer).not.toMatch(/sk-|cluster|shard|Incorrect|Overloaded/);
      const logged = JSON.stringify(log.mock.calls);
      expect(logged).toMatch(/image call failed/);
      expect(logged).not.toContain(OPENAI_KEY);
      expect(logged).not.toContain(ANTHROPIC_KEY);
    } finally {
      log.mockRestore();
    }
    expect(await usageOf(shop.siteId)).toEqual([]);
    expect(await db().designAsset.count({ where: { designId: design.id } })).toBe(0);
  });

  it("answer 403 for another caller's design, 404 for a missing or another site's one, 400 for a malformed id", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const stranger = { cookie: `sd_design_session=${newToken()}` };
    const forbidden = await postAi("ai-image", shop.siteId, design.id, { prompt: "a" }, stranger);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errorCode).toBe("forbidden");
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a" })).status).toBe(403);
    expect((await postAi("ai-image", shop.siteId, 2_000_000_000, { prompt: "a" }, design.headers)).status).toBe(404);
    const elsewhere = await aiShop();
    expect((await postAi("ai-text", elsewhere.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(404);
    expect((await postAi("ai-image", shop.siteId, "not-a-number", { prompt: "a" }, design.headers)).status).toBe(400);
    await db().productDesign.update({ where: { id: design.id }, data: { deletedAt: new Date() } });
    expect((await postAi("ai-image", shop.siteId, design.id, { prompt: "a" }, design.headers)).status).toBe(404);
    expect(await usageOf(shop.siteId)).toEqual([]);
  });

  it("accept the anonymous session in the body when the cookie is absent, as the spec allows", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a", sessionId: design.sessionId })).status).toBe(200);
    expect((await postAi("ai-text", shop.siteId, design.id, { prompt: "a", sessionId: newToken() })).status).toBe(403);
  });
});

// On real PostgreSQL (TEST_DATABASE_URL) the calls truly overlap; the store row lock must queue them.
describe(`AI plan limits under concurrency (${inject("databaseKind")})`, () => {
  it("let exactly the plan's images through when parallel calls race for the last ones", async () => {
    const shop = await aiShop({ aiImageMonthlyLimit: 3 });
    const designs = await Promise.all(Array.from({ length: 6 }, () => designIn(shop)));
    const results = await Promise.all(designs.map((d) => postAi("ai-image", shop.siteId, d.id, { prompt: "race" }, d.headers)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 402, 402, 402]);
    const usage = await usageOf(shop.siteId);
    expect(usage.reduce((sum, u) => sum + u.units, 0)).toBe(3);
  });

  it("never reserve past the limit when 20 reservations race", async () => {
    const shop = await aiShop({ aiTextMonthlyLimit: 5 });
    const design = await designIn(shop);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () => reserveAiUsage({ siteId: shop.siteId, designId: design.id, kind: "text", model: "test", units: 1 })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === "rejected").every((o) => (o as PromiseRejectedResult).reason.code === "ai_plan_limit_reached")).toBe(true);
    expect(await db().aiUsage.count({ where: { siteId: shop.siteId, kind: "text" } })).toBe(5);
  });
});
