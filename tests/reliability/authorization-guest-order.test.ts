import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LOOKUPS_PER_HOUR } from "@/lib/orders/get-guest-order";
import type { ApiResult } from "../support/api";
import { signUp } from "../support/customers";
import { lookupOrder, pinClockIntoTheHour, placeGuestOrder } from "../support/guest-orders";

// Guest order lookup (GET /orders/{orderNumber}?email=) as deployed without a trusted proxy
// (TRUST_PROXY unset): a miss never tells whether the order exists, and one order number takes at
// most 10 guesses an hour, whatever X-Forwarded-For a client makes up.
// authorization-guest-order-proxy.test.ts covers the per-client limit behind a trusted proxy.

pinClockIntoTheHour();

// Headers that differ between any two answers, whatever they say.
const PER_RESPONSE_HEADERS = ["date"];
const answerOf = (result: ApiResult) => ({
  status: result.status,
  headers: [...result.headers].filter(([name]) => !PER_RESPONSE_HEADERS.includes(name)),
  text: result.text,
});

describe("guest order lookup without a trusted proxy", () => {
  it("answers a right number with a wrong email byte for byte as a number that does not exist", async () => {
    const order = await placeGuestOrder();
    const other = await placeGuestOrder();
    const customer = await signUp(order.siteId);
    const misses = {
      "right number, wrong email": await lookupOrder(order.siteId, order.orderNumber, { email: "mallory@example.com" }),
      "right number, no email": await lookupOrder(order.siteId, order.orderNumber),
      "right number, malformed email": await lookupOrder(order.siteId, order.orderNumber, { email: "not-an-email" }),
      "right number, the email with a character added": await lookupOrder(order.siteId, order.orderNumber, { email: `${order.email}x` }),
      "right number, a customer's own email": await lookupOrder(order.siteId, order.orderNumber, { email: customer.email }),
      "number that does not exist, right email": await lookupOrder(order.siteId, "ORD-987654", { email: order.email }),
      "number that does not exist, wrong email": await lookupOrder(order.siteId, "ORD-987655", { email: "mallory@example.com" }),
      // The same number exists on the other store too: a wrong email there is the same miss.
      "the same number on another store, wrong email": await lookupOrder(other.siteId, order.orderNumber, { email: "mallory@example.com" }),
    };
    expect(other.orderNumber).toBe(order.orderNumber);
    const expected = answerOf(misses["number that does not exist, wrong email"]);
    expect(expected.status).toBe(404);
    expect(JSON.parse(expected.text)).toEqual({ success: false, message: "Order not found", errorCode: "not_found" });
    for (const [label, result] of Object.entries(misses)) expect({ label, ...answerOf(result) }).toEqual({ label, ...expected });
    expect(expected.headers.map(([name]) => name)).toContain("content-type");

    // And the owner's lookup finds it (any letter case), so the misses above are about the guesses.
    const found = await lookupOrder(order.siteId, order.orderNumber, { email: order.email.toUpperCase() });
    expect(found.status).toBe(200);
    expect(found.body.data.orderNumber).toBe(order.orderNumber);
  });

  it("answers 429 to the 11th lookup of one number within the hour, a correct one included", async () => {
    const order = await placeGuestOrder();
    for (let i = 1; i <= LOOKUPS_PER_HOUR; i++) {
      expect((await lookupOrder(order.siteId, order.orderNumber, { email: `guess${i}@example.com` })).status).toBe(404);
    }
    const correct = await lookupOrder(order.siteId, order.orderNumber, { email: order.email });
    expect({ status: correct.status, body: correct.body, retryAfter: correct.headers.get("retry-after") }).toEqual({
      status: 429,
      body: { success: false, message: "Too many order lookups; try again later", errorCode: "rate_limited" },
      retryAfter: "3540",
    });
    // Another letter case is the same number, the same bucket.
    expect((await lookupOrder(order.siteId, order.orderNumber.toLowerCase(), { email: order.email })).status).toBe(429);
    expect(LOOKUPS_PER_HOUR).toBe(10);
  });

  it("does not believe X-Forwarded-For: forged addresses neither reset the count nor open buckets of their own", async () => {
    const order = await placeGuestOrder();
    for (let i = 1; i <= LOOKUPS_PER_HOUR; i++) {
      const forged = `198.51.100.${i}`;
      expect((await lookupOrder(order.siteId, order.orderNumber, { email: `guess${i}@example.com`, forwardedFor: forged })).status).toBe(404);
    }
    expect((await lookupOrder(order.siteId, order.orderNumber, { email: order.email, forwardedFor: "203.0.113.250" })).status).toBe(429);
    const buckets = await db().rateLimitWindow.findMany({ where: { key: { startsWith: `order-lookup:${order.siteId}:` } }, select: { key: true, count: true } });
    expect(buckets).toEqual([{ key: `order-lookup:${order.siteId}:number:${order.orderNumber.toUpperCase()}`, count: LOOKUPS_PER_HOUR + 1 }]);
  });
});
