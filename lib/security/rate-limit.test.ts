import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { clientAddress } from "./client-address";
import { consumeRateLimit, enforceRateLimits, pruneRateLimitWindows } from "./rate-limit";

const MINUTE = 60_000;

describe(`consumeRateLimit (${inject("databaseKind")})`, () => {
  it("allows exactly the limit when 30 attempts race, and keeps counting past it", async () => {
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 30 }, () => consumeRateLimit({ key, limit: 10, windowMs: MINUTE })));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.map((r) => r.remaining).sort((a, b) => a - b)).toEqual([...Array(21).fill(0), 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect((await db().rateLimitWindow.findMany({ where: { key } })).map((w) => w.count)).toEqual([30]);
  });

  it("starts a new window when the old one ends, and says how long to wait", async () => {
    const key = `test:${randomUUID()}`;
    const start = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
    expect(await consumeRateLimit({ key, limit: 1, windowMs: MINUTE, now: start })).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 60 });
    const blocked = await consumeRateLimit({ key, limit: 1, windowMs: MINUTE, now: new Date(start.getTime() + 15_000) });
    expect(blocked).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 45 });
    expect((await consumeRateLimit({ key, limit: 1, windowMs: MINUTE, now: new Date(start.getTime() + MINUTE) })).allowed).toBe(true);
  });

  it("keeps keys apart", async () => {
    const [a, b] = [`test:${randomUUID()}`, `test:${randomUUID()}`];
    await consumeRateLimit({ key: a, limit: 1, windowMs: MINUTE });
    expect((await consumeRateLimit({ key: b, limit: 1, windowMs: MINUTE })).allowed).toBe(true);
  });

  it("refuses a window longer than the windows are kept", async () => {
    await expect(consumeRateLimit({ key: "test:long", limit: 1, windowMs: 3 * 86_400_000 })).rejects.toThrow(/window/);
  });

  it("deletes windows more than two days old and keeps the rest", async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date();
    await db().rateLimitWindow.createMany({
      data: [
        { key, windowStart: new Date(now.getTime() - 3 * 86_400_000), count: 5 },
        { key, windowStart: new Date(now.getTime() - 3_600_000), count: 5 },
      ],
    });
    await pruneRateLimitWindows(now);
    expect(await db().rateLimitWindow.count({ where: { key } })).toBe(1);
  });
});

describe("enforceRateLimits", () => {
  it("answers 429 rate_limited with the longest Retry-After once any limit is over", async () => {
    const now = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 10 * MINUTE);
    const limits = [
      { key: `test:${randomUUID()}`, limit: 1, windowMs: 3_600_000 },
      { key: `test:${randomUUID()}`, limit: 5, windowMs: MINUTE },
    ];
    await enforceRateLimits(limits, undefined, now);
    await expect(enforceRateLimits(limits, "Slow down", now)).rejects.toMatchObject({
      code: "rate_limited",
      status: 429,
      message: "Slow down",
      headers: { "Retry-After": "3000" },
    });
  });
});

describe("clientAddress", () => {
  const request = (headers: Record<string, string>) => new Request("http://shop.test/", { headers });
  const forwarded = request({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "198.51.100.1" });

  it("behind a trusted proxy, is X-Forwarded-For's first entry", () => {
    expect(clientAddress(forwarded, true)).toBe("203.0.113.7");
    expect(clientAddress(request({ "x-forwarded-for": " 2001:db8::1 " }), true)).toBe("2001:db8::1");
  });

  it("without a trusted proxy, is unknown whatever the headers say", () => {
    expect(clientAddress(forwarded, false)).toBe("unknown");
    expect(clientAddress(request({ "x-real-ip": "198.51.100.1" }), false)).toBe("unknown");
  });

  it("never reads X-Real-IP and ignores a forwarded value that is not an IP address", () => {
    expect(clientAddress(request({ "x-real-ip": "198.51.100.1" }), true)).toBe("unknown");
    expect(clientAddress(request({ "x-forwarded-for": "evil-key-padding" }), true)).toBe("unknown");
  });

  it("follows TRUST_PROXY by default (off in tests)", () => {
    expect(clientAddress(forwarded)).toBe("unknown");
  });
});
