import { beforeAll, describe, expect, it } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import * as ordersRoute from "@/app/api/storefront/[siteId]/account/orders/route";
import * as orderRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/route";
import * as cancelRoute from "@/app/api/storefront/[siteId]/account/orders/[orderNumber]/cancel/route";
import { attachCartToCustomer } from "@/lib/cart/attach-cart";
import { sendEmailVerification, VERIFICATION_TOKEN_TTL_MS } from "@/lib/customers/email-verification";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { tokenDigest } from "@/lib/security/tokens";
import { getEnabledStore } from "@/lib/sites/get-store";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { mailedToken } from "../support/mailed-token";

let shop: Awaited<ReturnType<typeof createCheckoutStore>>;
const auth = (body: unknown, token?: string, siteId = shop.siteId) =>
  callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params: { siteId: String(siteId) }, method: "POST", body, headers: bearer(token) });
const account = (handler: Parameters<typeof callRoute>[0], path: string, token: string, params: Record<string, string> = {}, init: { method?: string; body?: unknown } = {}) =>
  callRoute(handler, `/api/storefront/${shop.siteId}/account/${path}`, { params: { siteId: String(shop.siteId), ...params }, headers: bearer(token), ...init });
const listedOrders = async (token: string) => ((await account(ordersRoute.GET, "orders", token)).body.data as { orderNumber: string }[]).map((o) => o.orderNumber);
const profile = async (token: string) => (await auth({ action: "me" }, token)).body.data as { emailVerified: boolean; orderCount: number };

/** An order placed with `email`: as a guest, or signed in (the cart attached to the customer, as signing in does). */
async function placeOrder(email: string, signedInAs?: number) {
  await db().product.update({ where: { id: shop.product.id }, data: { inventory: 50 } });
  const sessionId = await cartWith(shop.siteId, shop.product.id, 1);
  if (signedInAs) await attachCartToCustomer(shop.siteId, sessionId, signedInAs);
  const { body } = await postCheckout(shop.siteId, { ...checkoutBody(sessionId), customerEmail: email });
  return body.data as { orderId: number; orderNumber: string };
}

beforeAll(async () => {
  shop = await createCheckoutStore({ stripe: false });
});

describe("registration mails a verification link", () => {
  it("sends a 256-bit single-use token, stored only as its SHA-256 digest, valid for 24 hours", async () => {
    const customer = await signUp(shop.siteId);
    const token = await mailedToken(customer.email, "verify-email");
    expect(Buffer.from(token, "base64url").length).toBe(32);
    const [row, ...others] = await db().emailVerificationToken.findMany({ where: { customerId: customer.id } });
    expect(others).toEqual([]);
    expect(row.tokenHash).toBe(tokenDigest(token));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(VERIFICATION_TOKEN_TTL_MS - 5_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(VERIFICATION_TOKEN_TTL_MS + 1_000);
    expect((await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).emailVerified).toBe(false);
  });

  it("links to the shop's confirmation page", async () => {
    const customer = await signUp(shop.siteId);
    const token = await mailedToken(customer.email, "verify-email");
    const [summary] = (await listOutbox({ limit: 200 })).filter((m) => m.to === customer.email);
    const { baseUrl } = (await getEnabledStore(shop.siteId))!;
    expect(summary).toMatchObject({ tag: "verify-email", subject: expect.stringContaining("Confirm your email") });
    expect((await readOutboxMessage(summary.id))!.text).toContain(`${baseUrl.replace(/\/$/, "")}/store/account/verify-email?token=${token}`);
  });
});

describe("orders matched by email before and after verification", () => {
  it("hides a guest order placed with an unverified customer's email, and shows it once verified", async () => {
    const customer = await signUp(shop.siteId);
    const guest = await placeOrder(customer.email);
    await markOrderPaid(guest.orderId, { providerPaymentId: null, actor: "test" });
    const unpaidGuest = await placeOrder(customer.email);
    const signedIn = await placeOrder(customer.email, customer.id);

    // Orders placed while signed in are the customer's from the start.
    expect(await listedOrders(customer.token)).toEqual([signedIn.orderNumber]);
    expect((await account(orderRoute.GET, `orders/${guest.orderNumber}`, customer.token, { orderNumber: guest.orderNumber })).status).toBe(404);
    const cancel = (orderNumber: string) => account(cancelRoute.POST, `orders/${orderNumber}/cancel`, customer.token, { orderNumber }, { method: "POST", body: { reason: "Not mine" } });
    expect((await cancel(unpaidGuest.orderNumber)).status).toBe(404);
    expect(await db().order.findUniqueOrThrow({ where: { id: unpaidGuest.orderId } })).toMatchObject({ status: "pending" });
    expect(await profile(customer.token)).toMatchObject({ emailVerified: false, orderCount: 0 });

    const verified = await auth({ action: "verify-email", token: await mailedToken(customer.email, "verify-email") });
    expect(verified.status).toBe(200);
    expect(verified.body.data).toEqual({ message: "Your email is confirmed." });

    expect((await listedOrders(customer.token)).sort()).toEqual([guest.orderNumber, unpaidGuest.orderNumber, signedIn.orderNumber].sort());
    expect((await account(orderRoute.GET, `orders/${guest.orderNumber}`, customer.token, { orderNumber: guest.orderNumber })).body.data).toMatchObject({
      orderNumber: guest.orderNumber,
      customerEmail: customer.email,
    });
    expect(await profile(customer.token)).toMatchObject({ emailVerified: true, orderCount: 1 });
    expect((await cancel(unpaidGuest.orderNumber)).status).toBe(200);
  });

  it("lets a completed password reset verify the email, since the reset link proved the mailbox", async () => {
    const customer = await signUp(shop.siteId);
    const guest = await placeOrder(customer.email);
    await auth({ action: "forgot-password", email: customer.email });
    const reset = await auth({ action: "reset-password", token: await mailedToken(customer.email, "password-reset"), password: "a brand new secret" });
    expect(reset.status).toBe(200);
    const { body } = await auth({ action: "login", email: customer.email, password: "a brand new secret" });
    expect(await listedOrders(body.data.token)).toEqual([guest.orderNumber]);
  });
});

describe("POST /auth verify-email", () => {
  const invalid = { success: false, message: "Invalid or expired verification token", errorCode: "invalid_token" };

  it("works once: of 20 parallel redemptions of one token exactly one succeeds", async () => {
    const customer = await signUp(shop.siteId);
    const token = await mailedToken(customer.email, "verify-email");
    const answers = await Promise.all(Array.from({ length: 20 }, () => auth({ action: "verify-email", token })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 404).map((a) => a.body)).toEqual(Array.from({ length: 19 }, () => invalid));
    expect(await db().emailVerificationToken.count({ where: { customerId: customer.id, usedAt: { not: null } } })).toBe(1);
    expect((await auth({ action: "verify-email", token })).body).toEqual(invalid);
  });

  it("refuses an expired token, an unknown one, and one of another store", async () => {
    const customer = await signUp(shop.siteId);
    await mailedToken(customer.email, "verify-email");
    const store = (await getEnabledStore(shop.siteId))!;
    await sendEmailVerification(store, customer.id, new Date(Date.now() - VERIFICATION_TOKEN_TTL_MS - 1000));
    const expired = await mailedToken(customer.email, "verify-email");
    expect(await db().emailVerificationToken.count({ where: { tokenHash: tokenDigest(expired), expiresAt: { lt: new Date() } } })).toBe(1);
    expect((await auth({ action: "verify-email", token: expired })).body).toEqual(invalid);
    expect((await auth({ action: "verify-email", token: "A".repeat(43) })).body).toEqual(invalid);

    const other = await createCheckoutStore({ stripe: false });
    const elsewhere = await signUp(other.siteId);
    const theirs = await mailedToken(elsewhere.email, "verify-email");
    expect((await auth({ action: "verify-email", token: theirs })).body).toEqual(invalid);
    expect((await auth({ action: "verify-email", token: theirs }, undefined, other.siteId)).status).toBe(200);
    expect((await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).emailVerified).toBe(false);
  });

  it("answers 400 without a token", async () => {
    expect((await auth({ action: "verify-email" })).body).toEqual({ success: false, message: "token is required", errorCode: "validation_error" });
  });
});

describe("POST /auth resend-verification", () => {
  it("needs a signed-in customer, mails a fresh link, and allows 3 an hour", async () => {
    expect((await auth({ action: "resend-verification" })).status).toBe(401);
    const customer = await signUp(shop.siteId);
    await mailedToken(customer.email, "verify-email");
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await auth({ action: "resend-verification" }, customer.token));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0].body.data).toEqual({ message: "A new confirmation link is on its way." });
    expect(answers[3].headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db().emailVerificationToken.count({ where: { customerId: customer.id } })).toBe(4);

    // Any of the links works, and afterwards no more are sent.
    expect((await auth({ action: "verify-email", token: await mailedToken(customer.email, "verify-email") })).status).toBe(200);
    const again = await auth({ action: "resend-verification" }, customer.token);
    expect(again.body.data).toEqual({ message: "Your email is already confirmed." });
    expect(await db().emailVerificationToken.count({ where: { customerId: customer.id } })).toBe(4);
  });
});
