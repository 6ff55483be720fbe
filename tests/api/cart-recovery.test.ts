import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as recoverRoute } from "@/app/api/storefront/[siteId]/cart/recover/route";
import { db } from "@/lib/db";
import { issueRecoveryToken } from "@/lib/cart/recover-cart";
import { callRoute } from "../support/api";
import { createSite } from "../support/fixtures";

let siteId: number;
const recover = (query: string, site = siteId) =>
  callRoute(recoverRoute, `/api/storefront/${site}/cart/recover${query}`, { params: { siteId: String(site) } });

async function abandonedCart() {
  const sessionId = randomUUID();
  const cart = await db().cart.create({
    data: { siteId, sessionId, status: "abandoned", abandonedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) },
  });
  return { cart, token: await issueRecoveryToken(cart.id) };
}

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("GET /cart/recover", () => {
  it("reactivates the cart and redirects 302 to {storeBaseUrl}/store/cart?recovered=1", async () => {
    const { cart, token } = await abandonedCart();
    const { status, headers } = await recover(`?token=${token}`);
    expect(status).toBe(302);
    expect(headers.get("location")).toBe("https://shop.test/store/cart?recovered=1");
    expect(headers.get("set-cookie")).toContain(`sf_recovered_cart=${cart.sessionId}`);
    const after = await db().cart.findUniqueOrThrow({ where: { id: cart.id } });
    expect(after).toMatchObject({ status: "active", recoveryTokenHash: null, abandonedAt: null });
  });

  it("stores only the token's digest", async () => {
    const { cart, token } = await abandonedCart();
    const row = await db().cart.findUniqueOrThrow({ where: { id: cart.id } });
    expect(row.recoveryTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.recoveryTokenHash).not.toContain(token);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(32);
  });

  it("works once: a used, unknown, expired or other site's token is a 404", async () => {
    const { token } = await abandonedCart();
    expect((await recover(`?token=${token}`)).status).toBe(302);
    const invalid = { success: false, message: "Invalid or expired recovery token", errorCode: "invalid_token" };
    expect(await recover(`?token=${token}`)).toMatchObject({ status: 404, body: invalid });
    expect(await recover(`?token=nope`)).toMatchObject({ status: 404, body: invalid });

    const expired = await abandonedCart();
    await db().cart.update({ where: { id: expired.cart.id }, data: { recoveryTokenExpiresAt: new Date(Date.now() - 1000) } });
    expect(await recover(`?token=${expired.token}`)).toMatchObject({ status: 404, body: invalid });

    const elsewhere = await abandonedCart();
    const otherSite = (await createSite()).id;
    expect(await recover(`?token=${elsewhere.token}`, otherSite)).toMatchObject({ status: 404, body: invalid });
  });

  it("answers 400 'token is required' without a token", async () => {
    for (const query of ["", "?token="]) {
      expect(await recover(query)).toMatchObject({ status: 400, body: { success: false, message: "token is required", errorCode: "validation_error" } });
    }
  });

  it("lets exactly one of 20 parallel redemptions of one token succeed", async () => {
    const { token } = await abandonedCart();
    const results = await Promise.all(Array.from({ length: 20 }, () => recover(`?token=${token}`)));
    expect(results.filter((r) => r.status === 302)).toHaveLength(1);
    expect(results.filter((r) => r.status === 404)).toHaveLength(19);
  });
});
