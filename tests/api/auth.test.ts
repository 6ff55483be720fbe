import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/email/mailer";
import { authResultSchema, customerProfileSchema } from "@/lib/customers/schemas";
import { SESSION_ABSOLUTE_MS } from "@/lib/customers/sessions";
import { DEMO_LOGIN, DEMO_SITE_ID, SECOND_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";
import { mailedToken } from "../support/mailed-token";
import { createSite } from "../support/fixtures";

let siteId: number;
const auth = (body: unknown, token?: string, site = siteId) =>
  callRoute(authRoute, `/api/storefront/${site}/auth`, {
    params: { siteId: String(site) },
    method: "POST",
    body,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const uniqueEmail = () => `shopper-${randomUUID()}@example.com`;
const register = (email = uniqueEmail(), password = "correct horse battery") => auth({ action: "register", email, password, firstName: "Jane", lastName: "Smith" });

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("POST /auth register and login", () => {
  it("registers with 201, a token and the customer; the password is stored only as a scrypt hash", async () => {
    const email = uniqueEmail();
    const { status, body } = await register(email.toUpperCase());
    expect(status).toBe(201);
    const result = authResultSchema.strict().parse(body.data);
    expect(result.customer).toEqual({ id: expect.any(Number), email, firstName: "Jane", lastName: "Smith" });
    expect(Buffer.from(result.token, "base64url").length).toBe(32);
    const row = await db().customer.findUniqueOrThrow({ where: { id: result.customer.id }, omit: { passwordHash: false } });
    expect(row.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(JSON.stringify(body)).not.toContain("scrypt");
    const session = await db().customerSession.findFirstOrThrow({ where: { customerId: result.customer.id } });
    expect(session.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(session.tokenHash).not.toBe(result.token);
  });

  it("answers 409 for an email already registered on the site, even when two registrations race", async () => {
    const email = uniqueEmail();
    const results = await Promise.all([register(email), register(email), register(email)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body).toEqual({ success: false, message: "An account with this email already exists", errorCode: "conflict" });
    expect(await db().customer.count({ where: { siteId, email } })).toBe(1);
  });

  it.each([
    [{ action: "register", email: "a@example.com", password: "short" }, "password must be at least 8 characters"],
    [{ action: "register", password: "long enough" }, "email is required"],
    [{ action: "register", email: "a@example.com" }, "password is required"],
    [{ action: "register", email: "not-an-email", password: "long enough" }, "email must be a valid email address"],
    [{ action: "fly" }, "action must be one of register, login, logout, me, forgot-password, reset-password, verify-email, resend-verification"],
    [{}, "action must be one of register, login, logout, me, forgot-password, reset-password, verify-email, resend-verification"],
  ])("answers 400 for %j", async (body, message) => {
    const { status, body: answer } = await auth(body);
    expect(status).toBe(400);
    expect(answer).toEqual({ success: false, message, errorCode: "validation_error" });
  });

  it("accepts long passphrases without truncating them", async () => {
    const email = uniqueEmail();
    const long = "x".repeat(100);
    await register(email, long);
    expect((await auth({ action: "login", email, password: long })).status).toBe(200);
    expect((await auth({ action: "login", email, password: long.slice(0, 72) })).status).toBe(401);
  });

  it("logs in with 200, and answers the same 401 for a wrong password and an unknown email", async () => {
    const email = uniqueEmail();
    await register(email);
    const good = await auth({ action: "login", email: email.toUpperCase(), password: "correct horse battery" });
    expect(good.status).toBe(200);
    expect(authResultSchema.strict().parse(good.body.data).customer.email).toBe(email);
    const wrong = await auth({ action: "login", email, password: "wrong password" });
    const unknown = await auth({ action: "login", email: uniqueEmail(), password: "wrong password" });
    expect(wrong.status).toBe(401);
    expect(unknown.text).toBe(wrong.text);
    expect(wrong.body).toEqual({ success: false, message: "Invalid email or password", errorCode: "unauthorized" });
  });

  it("answers 429 with Retry-After past 100 sign-in attempts an hour on one account", async () => {
    const email = uniqueEmail();
    await register(email);
    await db().rateLimitWindow.create({
      data: { key: `login:${siteId}:account:${email}`, windowStart: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000), count: 100 },
    });
    const blocked = await auth({ action: "login", email, password: "correct horse battery" });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toEqual({ success: false, message: "Too many sign-in attempts; try again later", errorCode: "rate_limited" });
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await auth({ action: "login", email: uniqueEmail(), password: "x" })).status).toBe(401);
  });

  it("keeps accounts to their site", async () => {
    expect((await auth({ action: "login", ...DEMO_LOGIN }, undefined, DEMO_SITE_ID)).status).toBe(200);
    expect((await auth({ action: "login", ...DEMO_LOGIN }, undefined, SECOND_SITE_ID)).status).toBe(401);
    const token = (await auth({ action: "login", ...DEMO_LOGIN }, undefined, DEMO_SITE_ID)).body.data.token;
    expect((await auth({ action: "me" }, token, SECOND_SITE_ID)).status).toBe(401);
  });

  it("answers 403 on every action when the store has customer accounts off", async () => {
    const closed = await createSite();
    await db().store.update({ where: { siteId: closed.id }, data: { customerAccountsEnabled: false } });
    for (const body of [{ action: "register", email: uniqueEmail(), password: "long enough" }, { action: "login", email: "a@b.co", password: "x" }]) {
      const { status, body: answer } = await auth(body, undefined, closed.id);
      expect(status).toBe(403);
      expect(answer.errorCode).toBe("forbidden");
    }
  });
});

describe("POST /auth me and logout", () => {
  it("answers the full profile for the token, and 401 without a valid one", async () => {
    const { body } = await register();
    const me = await auth({ action: "me" }, body.data.token);
    expect(me.status).toBe(200);
    expect(customerProfileSchema.strict().parse(me.body.data)).toMatchObject({ email: body.data.customer.email, orderCount: 0, totalSpent: 0, addressBook: [] });
    for (const token of [undefined, "garbage", "x".repeat(43)]) {
      expect(await auth({ action: "me" }, token)).toMatchObject({ status: 401, body: { success: false, message: "Unauthorized", errorCode: "unauthorized" } });
    }
  });

  it("reports the demo customer's address book", async () => {
    const token = (await auth({ action: "login", ...DEMO_LOGIN }, undefined, DEMO_SITE_ID)).body.data.token;
    const me = await auth({ action: "me" }, token, DEMO_SITE_ID);
    expect(me.body.data.addressBook).toEqual([expect.objectContaining({ city: "Portland", isDefaultShipping: true, isDefaultBilling: true })]);
  });

  it("ends the session on logout", async () => {
    const { body } = await register();
    const logout = await auth({ action: "logout" }, body.data.token);
    expect(logout.status).toBe(200);
    expect(logout.body).toEqual({ success: true });
    expect((await auth({ action: "me" }, body.data.token)).status).toBe(401);
    expect((await auth({ action: "logout" }, body.data.token)).status).toBe(401);
  });

  it("refuses a session past its idle or absolute expiry, and slides the idle expiry on use", async () => {
    const { body } = await register();
    const session = await db().customerSession.findFirstOrThrow({ where: { customerId: body.data.customer.id } });
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await db().customerSession.update({ where: { id: session.id }, data: { lastUsedAt: hourAgo, expiresAt: new Date(Date.now() + 1000) } });
    expect((await auth({ action: "me" }, body.data.token)).status).toBe(200);
    const slid = await db().customerSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(slid.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 60 * 60 * 1000);

    await db().customerSession.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await auth({ action: "me" }, body.data.token)).status).toBe(401);
    await db().customerSession.update({
      where: { id: session.id },
      data: { expiresAt: new Date(Date.now() + 60_000), absoluteExpiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - SESSION_ABSOLUTE_MS) },
    });
    expect((await auth({ action: "me" }, body.data.token)).status).toBe(401);
  });
});

describe("POST /auth forgot-password and reset-password", () => {
  const resetLinkFor = (email: string) => mailedToken(email, "password-reset");

  it("answers the same success for a known and an unknown email, and mails a link only to the known one", async () => {
    const email = uniqueEmail();
    await register(email);
    const known = await auth({ action: "forgot-password", email });
    const unknownEmail = uniqueEmail();
    const unknown = await auth({ action: "forgot-password", email: unknownEmail });
    expect(known.status).toBe(200);
    expect(unknown.text).toBe(known.text);
    expect(await resetLinkFor(email)).toHaveLength(43);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await listOutbox({ limit: 200 })).filter((m) => m.to === unknownEmail)).toEqual([]);
  });

  it("resets the password once, ends every session, and refuses expired tokens", async () => {
    const email = uniqueEmail();
    const { body } = await register(email);
    await auth({ action: "forgot-password", email });
    const token = await resetLinkFor(email);
    const row = await db().passwordResetToken.findFirstOrThrow({ where: { customerId: body.data.customer.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(60 * 60 * 1000 + 1000);

    const attempts = await Promise.all(Array.from({ length: 10 }, () => auth({ action: "reset-password", token, password: "a brand new secret" })));
    expect(attempts.filter((a) => a.status === 200)).toHaveLength(1);
    expect(attempts.filter((a) => a.status === 404).every((a) => a.body.message === "Invalid or expired reset token")).toBe(true);
    expect((await auth({ action: "me" }, body.data.token)).status).toBe(401);
    expect((await auth({ action: "login", email, password: "a brand new secret" })).status).toBe(200);
    expect((await auth({ action: "login", email, password: "correct horse battery" })).status).toBe(401);

    await db().passwordResetToken.updateMany({ where: { customerId: body.data.customer.id }, data: { usedAt: null, expiresAt: new Date(Date.now() - 1000) } });
    expect((await auth({ action: "reset-password", token, password: "another new secret" })).status).toBe(404);
  });
});
