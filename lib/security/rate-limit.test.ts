import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { consumeRateLimit, enforceRateLimits } from "./rate-limit";

describe("consumeRateLimit", () => {
  it("allows exactly the limit when 30 attempts race", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => consumeRateLimit({ key, limit: 10, windowMs: 60_000 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it("starts a new window when the old one ends, and says how long to wait", async () => {
    const key = `test:${randomUUID()}`;
    const start = new Date("2026-06-01T10:00:00.000Z");
    await consumeRateLimit({ key, limit: 1, windowMs: 60_000, now: start });
    const blocked = await consumeRateLimit({ key, limit: 1, windowMs: 60_000, now: new Date(start.getTime() + 15_000) });
    expect(blocked).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect((await consumeRateLimit({ key, limit: 1, windowMs: 60_000, now: new Date(start.getTime() + 60_000) })).allowed).toBe(true);
  });

  it("answers 429 with Retry-After past the limit", async () => {
    const limits = [{ key: `test:${randomUUID()}`, limit: 1, windowMs: 3_600_000 }];
    await enforceRateLimits(limits);
    await expect(enforceRateLimits(limits)).rejects.toMatchObject({ code: "rate_limited", status: 429, headers: { "Retry-After": expect.stringMatching(/^\d+$/) } });
  });
});

describe("clientAddress", () => {
  const request = new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" } });
  it("trusts X-Forwarded-For only behind a configured proxy", () => {
    expect(clientAddress(request, true)).toBe("203.0.113.7");
    expect(clientAddress(request, false)).toBe("unknown");
  });
});
