import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { lookupOrder, pinClockIntoTheHour, placeGuestOrder } from "../support/guest-orders";

// This file runs as a deployment behind a trusted proxy: lib/env reads TRUST_PROXY once, at import,
// so it is set before any import (vi.hoisted runs first; each test file has its own modules).
vi.hoisted(() => {
  process.env.TRUST_PROXY = "1";
});

pinClockIntoTheHour();

const lookup = (siteId: number, orderNumber: string, address: string, email = "jane@example.com") => lookupOrder(siteId, orderNumber, { email, forwardedFor: `${address}, 10.0.0.1` });

describe("GET /orders/{orderNumber} behind a trusted proxy", () => {
  it("answers the 11th lookup from one client address within the hour with 429, over different order numbers", async () => {
    const order = await placeGuestOrder();
    for (let i = 1; i <= 9; i++) expect((await lookup(order.siteId, `ORD-${9000 + i}`, "203.0.113.7")).status).toBe(404);
    expect((await lookup(order.siteId, order.orderNumber, "203.0.113.7")).status).toBe(200);

    const blocked = await lookup(order.siteId, order.orderNumber, "203.0.113.7");
    expect(blocked.status).toBe(429);
    expect(blocked.body.errorCode).toBe("rate_limited");
    expect(blocked.headers.get("retry-after")).toBe("3540");
    // Another client is not held back by that one, on the same site.
    expect((await lookup(order.siteId, order.orderNumber, "198.51.100.4")).status).toBe(200);
  });

  it("still limits one order number to 10 an hour, whichever addresses the lookups come from", async () => {
    const order = await placeGuestOrder();
    for (let i = 1; i <= 10; i++) expect((await lookup(order.siteId, order.orderNumber, `198.51.100.${i}`, `guess${i}@example.com`)).status).toBe(404);
    expect((await lookup(order.siteId, order.orderNumber, "198.51.100.99")).status).toBe(429);
  });

  it("counts per site: the same address is not limited on another store", async () => {
    const [first, second] = [await placeGuestOrder(), await placeGuestOrder()];
    for (let i = 1; i <= 10; i++) await lookup(first.siteId, `ORD-${8000 + i}`, "192.0.2.1");
    expect((await lookup(first.siteId, first.orderNumber, "192.0.2.1")).status).toBe(429);
    expect((await lookup(second.siteId, second.orderNumber, "192.0.2.1")).status).toBe(200);
    expect(await db().rateLimitWindow.findFirst({ where: { key: `order-lookup:${first.siteId}:client:192.0.2.1` } })).toMatchObject({ count: 11 });
  });
});
