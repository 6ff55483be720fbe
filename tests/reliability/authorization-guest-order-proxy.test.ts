import { describe, expect, it, vi } from "vitest";
import { LOOKUPS_PER_HOUR } from "@/lib/orders/get-guest-order";
import { lookupOrder, pinClockIntoTheHour, placeGuestOrder } from "../support/guest-orders";

// Guest order lookup behind a trusted proxy (TRUST_PROXY=1; lib/env reads it once, at import, so
// it is set before any import): besides the per-number limit, one client address gets at most 10
// lookups an hour over any order numbers, and the proxy's address in the header is not the client.

vi.hoisted(() => {
  process.env.TRUST_PROXY = "1";
});

pinClockIntoTheHour();

describe("guest order lookup behind a trusted proxy", () => {
  it("answers 429 to a client's 11th lookup within the hour over different numbers, its correct lookup included", async () => {
    const order = await placeGuestOrder();
    const client = "203.0.113.7, 10.0.0.1";
    for (let i = 1; i <= LOOKUPS_PER_HOUR; i++) expect((await lookupOrder(order.siteId, `ORD-${7000 + i}`, { email: order.email, forwardedFor: client })).status).toBe(404);
    const blocked = await lookupOrder(order.siteId, order.orderNumber, { email: order.email, forwardedFor: client });
    expect({ status: blocked.status, errorCode: blocked.body.errorCode, retryAfter: blocked.headers.get("retry-after") }).toEqual({ status: 429, errorCode: "rate_limited", retryAfter: "3540" });
    // Another client behind the same proxy is not held back.
    expect((await lookupOrder(order.siteId, order.orderNumber, { email: order.email, forwardedFor: "198.51.100.4, 10.0.0.1" })).status).toBe(200);
  });

  it("still answers 429 to the 11th lookup of one number, however many client addresses the guesses come from", async () => {
    const order = await placeGuestOrder();
    for (let i = 1; i <= LOOKUPS_PER_HOUR; i++) {
      expect((await lookupOrder(order.siteId, order.orderNumber, { email: `guess${i}@example.com`, forwardedFor: `198.51.100.${i}` })).status).toBe(404);
    }
    expect((await lookupOrder(order.siteId, order.orderNumber, { email: order.email, forwardedFor: "198.51.100.99" })).status).toBe(429);
  });
});
