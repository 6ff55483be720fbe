import { beforeAll, describe, expect, it, vi } from "vitest";
import { callAuth, createCustomerWithFastHash } from "../support/customers";
import { createSite } from "../support/fixtures";

// Behind a trusted proxy (TRUST_PROXY=1) the client address comes from X-Forwarded-For. An attacker
// who rotates addresses still meets the per-account limit; one address meets its own limits.
vi.hoisted(() => {
  process.env.TRUST_PROXY = "1";
});

const PASSWORD = "right horse battery";
let siteId: number;

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("behind a trusted proxy", () => {
  it("keeps the per-account sign-in count across 101 client addresses", async () => {
    const victim = await createCustomerWithFastHash(siteId, PASSWORD);
    for (let i = 0; i < 100; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) => callAuth(siteId, { action: "login", email: victim.email, password: `guess ${i + j}` }, { "x-forwarded-for": `203.0.113.${i + j}, 10.0.0.1` })),
      );
      expect(batch.map((a) => a.status)).toEqual(Array(10).fill(401));
    }
    const fresh = await callAuth(siteId, { action: "login", email: victim.email, password: PASSWORD }, { "x-forwarded-for": "198.51.100.200" });
    expect(fresh.status).toBe(429);
  });

  it("answers 429 past 30 sign-ups an hour from one client address, and not to another address", { timeout: 600_000 }, async () => {
    const register = (address: string, i: number) =>
      callAuth(siteId, { action: "register", email: `signup-${address}-${i}@example.com`, password: `another long secret ${i}` }, { "x-forwarded-for": address });
    const statuses = [];
    for (let i = 0; i < 30; i += 5) statuses.push(...(await Promise.all(Array.from({ length: 5 }, (_, j) => register("198.51.100.7", i + j)))).map((a) => a.status));
    expect(statuses).toEqual(Array(30).fill(201));
    const blocked = await register("198.51.100.7", 30);
    expect({ status: blocked.status, body: blocked.body }).toEqual({ status: 429, body: { success: false, message: "Too many sign-up attempts; try again later", errorCode: "rate_limited" } });
    expect((await register("198.51.100.8", 0)).status).toBe(201);
  });
});
