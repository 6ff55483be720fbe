import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { aiShop, designIn, fakeAiProvidersForThisFile, OPENAI_KEY, postAi } from "../support/ai-fixtures";
import { countStatuses, ITERATIONS, race, RACE_TEST_TIMEOUT_MS } from "../support/concurrency";

// The designer's AI quota under a burst: the store allows 5 AI calls per design per hour
// (Store.aiRequestsPerDesignHour, next to the monthly plan limits), and 50 requests for one design
// arrive at once. Judged by one function that must first catch a naive count-then-call quota.

const PER_DESIGN_HOUR = 5;
const REQUESTS = 50;
const HOUR_SECONDS = 3600;

const providers = fakeAiProvidersForThisFile();

type Answer = { status: number; headers: Headers; body: { errorCode?: string; message?: string } | null };

/** Every broken promise of one burst, as text; empty when the quota held. */
function quotaViolations({ providerCalls, answers }: { providerCalls: number; answers: Answer[] }): string[] {
  const violations: string[] = [];
  if (providerCalls !== PER_DESIGN_HOUR) violations.push(`${providerCalls} provider calls for a quota of ${PER_DESIGN_HOUR}`);
  const served = answers.filter((a) => a.status === 201).length;
  if (served !== PER_DESIGN_HOUR) violations.push(`${served} requests served for a quota of ${PER_DESIGN_HOUR}`);
  for (const answer of answers.filter((a) => a.status !== 201)) {
    const retryAfter = Number(answer.headers.get("retry-after"));
    if (answer.status !== 429 || answer.body?.errorCode !== "rate_limited") violations.push(`a refused request got ${answer.status} ${answer.body?.errorCode}`);
    else if (!Number.isInteger(retryAfter) || retryAfter < 1 || retryAfter > HOUR_SECONDS) violations.push(`a 429 said Retry-After ${answer.headers.get("retry-after")}`);
  }
  return violations;
}

describe(`AI quota of ${PER_DESIGN_HOUR} per design per hour under ${REQUESTS} concurrent requests`, () => {
  it("the harness catches the overspending of a naive count-then-call quota", async () => {
    const shop = await aiShop();
    const design = await designIn(shop);
    const sent = providers.openai.requests.length;
    const naiveAiRequest = async (): Promise<Answer> => {
      const used = await db().aiUsage.count({ where: { designId: design.id, createdAt: { gte: new Date(Date.now() - HOUR_SECONDS * 1000) } } });
      if (used >= PER_DESIGN_HOUR) return { status: 429, headers: new Headers({ "retry-after": String(HOUR_SECONDS) }), body: { errorCode: "rate_limited" } };
      await fetch(`${providers.openai.url}/v1/images/generations`, {
        method: "POST",
        headers: { authorization: `Bearer ${OPENAI_KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ prompt: "a fox", n: 1, size: "1024x1024" }),
      });
      await db().aiUsage.create({ data: { siteId: shop.siteId, designId: design.id, kind: "image", model: "gpt-image-1", units: 1 } });
      return { status: 201, headers: new Headers(), body: null };
    };
    const answers = await race(REQUESTS, naiveAiRequest);
    const providerCalls = providers.openai.requests.length - sent;
    expect(quotaViolations({ providerCalls, answers })).toContain(`${providerCalls} provider calls for a quota of ${PER_DESIGN_HOUR}`);
  });

  it(`lets exactly ${PER_DESIGN_HOUR} calls reach the provider and answers the other ${REQUESTS - PER_DESIGN_HOUR} 429 with Retry-After (${ITERATIONS} bursts)`, async () => {
    const shop = await aiShop({ aiRequestsPerDesignHour: PER_DESIGN_HOUR, aiImageMonthlyLimit: 10_000 });
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const design = await designIn(shop);
      const sent = providers.openai.requests.length;
      const answers = await race(REQUESTS, () => postAi("ai-image", shop.siteId, design.id, { prompt: "a bold sun", size: "1024x1024" }, design.headers));
      expect(quotaViolations({ providerCalls: providers.openai.requests.length - sent, answers })).toEqual([]);
      expect(countStatuses(answers)).toEqual({ 201: PER_DESIGN_HOUR, 429: REQUESTS - PER_DESIGN_HOUR });
      expect(answers.find((a) => a.status === 429)!.body).toEqual({ success: false, message: "Per-design rate limit exceeded", errorCode: "rate_limited" });
      // Only the served calls were billed against the merchant's plan.
      expect(await db().aiUsage.count({ where: { designId: design.id } })).toBe(PER_DESIGN_HOUR);
    }
  }, RACE_TEST_TIMEOUT_MS);
});
