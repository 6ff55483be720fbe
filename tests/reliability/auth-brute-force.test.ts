import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callAuth, createCustomerWithFastHash } from "../support/customers";
import { createSite } from "../support/fixtures";
import { mailedToken } from "../support/mailed-token";

// Promise: at most 100 sign-in attempts per account per hour are evaluated, the rest answer 429;
// without TRUST_PROXY a client's own X-Forwarded-For changes nothing; the owner can still reset the
// password by e-mail and then sign in. (auth-brute-force-proxy.test.ts: the same behind a trusted proxy.)

const PASSWORD = "right horse battery";
const TOO_MANY = { success: false, message: "Too many sign-in attempts; try again later", errorCode: "rate_limited" };
let siteId: number;

beforeAll(async () => {
  siteId = (await createSite()).id;
});

/** `count` wrong-password attempts, ten at a time, each claiming another client address. */
async function guess(email: string, count: number) {
  const answers = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, (_, j) => {
      const forged = `203.0.113.${i + j}`;
      return callAuth(siteId, { action: "login", email, password: `wrong guess ${i + j}` }, { "x-forwarded-for": forged, "x-real-ip": forged });
    });
    answers.push(...(await Promise.all(batch)));
  }
  return answers;
}

describe("sign-in attempts per account", () => {
  it("evaluates 100 an hour; the 101st answers 429 even with the right password and a new forged address", async () => {
    const victim = await createCustomerWithFastHash(siteId, PASSWORD);
    const bystander = await createCustomerWithFastHash(siteId, PASSWORD);
    const answers = await guess(victim.email, 100);
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(401));

    const blocked = await callAuth(siteId, { action: "login", email: victim.email, password: PASSWORD }, { "x-forwarded-for": "198.51.100.1" });
    expect({ status: blocked.status, body: blocked.body }).toEqual({ status: 429, body: TOO_MANY });
    const retryAfter = Number(blocked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);

    // The lockout is the account's, not the site's or the (unknown) address's.
    expect((await callAuth(siteId, { action: "login", email: bystander.email, password: PASSWORD }, { "x-forwarded-for": "203.0.113.1" })).status).toBe(200);
  });

  it("lets the owner reset the password while locked out, and sign in with it at once", async () => {
    const owner = await createCustomerWithFastHash(siteId, PASSWORD);
    await guess(owner.email, 100);
    expect((await callAuth(siteId, { action: "login", email: owner.email, password: PASSWORD })).status).toBe(429);

    const forgot = await callAuth(siteId, { action: "forgot-password", email: owner.email });
    expect(forgot.status).toBe(200);
    const token = await mailedToken(owner.email, "password-reset");
    expect((await callAuth(siteId, { action: "reset-password", token, password: "fresh start at dawn" })).status).toBe(200);

    expect((await callAuth(siteId, { action: "login", email: owner.email, password: "fresh start at dawn" })).status).toBe(200);
    // The guesser gets no head start against the new password: the count began again.
    const counted = await db().rateLimitWindow.aggregate({ _sum: { count: true }, where: { key: { contains: owner.email } } });
    expect(counted._sum.count).toBe(1);
  });
});

describe("sign-up attempts per email", () => {
  it("answers 429 past 10 an hour for one email, whatever address the client claims", async () => {
    const taken = await createCustomerWithFastHash(siteId, PASSWORD);
    const attempt = (i: number) =>
      callAuth(siteId, { action: "register", email: taken.email, password: `another long secret ${i}` }, { "x-forwarded-for": `203.0.113.${i}` });
    const answers = [];
    for (let i = 0; i < 10; i += 1) answers.push((await attempt(i)).status);
    expect(answers).toEqual(Array(10).fill(409));
    const blocked = await attempt(10);
    expect({ status: blocked.status, body: blocked.body }).toEqual({ status: 429, body: { success: false, message: "Too many sign-up attempts; try again later", errorCode: "rate_limited" } });
  });
});
