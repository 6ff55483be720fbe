import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as recoverRoute } from "@/app/api/storefront/[siteId]/cart/recover/route";
import { db } from "@/lib/db";
import { listOutbox, readOutboxMessage } from "@/lib/email/mailer";
import { env } from "@/lib/env";
import { callRoute } from "@/tests/support/api";
import { createProduct, createSite } from "@/tests/support/fixtures";
import { addCartItem } from "./add-cart-item";
import { abandonDormantCarts } from "./abandon-carts";

// The sweep covers every site in the database other test files share, so each test makes carts
// of its own, backdates them instead of moving `now` (which would sweep everyone's carts), and
// checks its own rows and e-mail addresses rather than the run's totals.

const HOUR = 60 * 60 * 1000;
let siteId: number;
let productId: number;

beforeAll(async () => {
  siteId = (await createSite()).id;
  await db().store.update({ where: { siteId }, data: { name: "Tee Shop" } });
  productId = (await createProduct(siteId, { name: "Classic Crew Tee", price: 2500, inventory: 50 })).id;
});

/** A cart of two tees, idle for `idleHours`, with the given email (null: none). */
async function idleCart({ email = `shopper-${randomUUID()}@example.com` as string | null, idleHours = 25, items = true } = {}) {
  const sessionId = randomUUID();
  await addCartItem(siteId, { sessionId, productId, quantity: 2 });
  const cart = await db().cart.findFirstOrThrow({ where: { siteId, sessionId } });
  if (!items) await db().cartItem.deleteMany({ where: { cartId: cart.id } });
  await db().cart.update({ where: { id: cart.id }, data: { email, lastActivityAt: new Date(Date.now() - idleHours * HOUR) } });
  return { id: cart.id, sessionId, email };
}

const cartRow = (id: number) => db().cart.findUniqueOrThrow({ where: { id } });
const mailsTo = async (email: string | null) => (await listOutbox({ limit: 500 })).filter((m) => m.to === email);
const recover = (token: string) => callRoute(recoverRoute, `/api/storefront/${siteId}/cart/recover?token=${token}`, { params: { siteId: String(siteId) } });

describe("abandonDormantCarts", () => {
  it("abandons an idle cart with an email and mails it one working recovery link", async () => {
    const cart = await idleCart();
    const counts = await abandonDormantCarts();
    expect(counts.abandoned).toBeGreaterThanOrEqual(1);
    expect(counts.emailed).toBeGreaterThanOrEqual(1);
    expect(await cartRow(cart.id)).toMatchObject({ status: "abandoned", abandonedAt: expect.any(Date), recoveryTokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const mails = await mailsTo(cart.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ tag: "abandoned-cart", subject: "You left something in your Tee Shop cart" });
    const { text } = (await readOutboxMessage(mails[0].id))!;
    expect(text).toContain("2 × Classic Crew Tee: $50.00");
    expect(text).toContain("Subtotal: $50.00");
    // Our API's route, at APP_URL when set, else at the store's origin (https://shop.test).
    const apiOrigin = env.APP_URL ? new URL(env.APP_URL).origin : "https://shop.test";
    const link = new URL(/Return to your cart: (\S+)/.exec(text)![1]);
    expect(`${link.origin}${link.pathname}`).toBe(`${apiOrigin}/api/storefront/${siteId}/cart/recover`);

    const token = link.searchParams.get("token")!;
    const recovered = await recover(token);
    expect(recovered.status).toBe(302);
    expect(recovered.headers.get("location")).toBe("https://shop.test/store/cart?recovered=1");
    expect(await cartRow(cart.id)).toMatchObject({ status: "active", recoveryTokenHash: null });
    expect((await recover(token)).status).toBe(404);
  });

  it("mails nothing more on a second run", async () => {
    const cart = await idleCart();
    await abandonDormantCarts();
    await abandonDormantCarts();
    expect(await mailsTo(cart.email)).toHaveLength(1);
    expect((await cartRow(cart.id)).status).toBe("abandoned");
  });

  it("mails a cart once when runs overlap", async () => {
    const carts = await Promise.all([idleCart(), idleCart(), idleCart()]);
    await Promise.all([abandonDormantCarts(), abandonDormantCarts(), abandonDormantCarts()]);
    for (const cart of carts) {
      expect(await mailsTo(cart.email)).toHaveLength(1);
      expect((await cartRow(cart.id)).status).toBe("abandoned");
    }
  });

  it("leaves carts without an email, without items, or recently used active and unmailed", async () => {
    const noEmail = await idleCart({ email: null });
    const empty = await idleCart({ items: false });
    const recent = await idleCart({ idleHours: 1 });
    await abandonDormantCarts();
    for (const cart of [noEmail, empty, recent]) expect((await cartRow(cart.id)).status).toBe("active");
    expect(await mailsTo(empty.email)).toEqual([]);
    expect(await mailsTo(recent.email)).toEqual([]);
  });

  it("marks carts past their expiry expired and kills their recovery links", async () => {
    const idle = await idleCart();
    await abandonDormantCarts();
    const { text } = (await readOutboxMessage((await mailsTo(idle.email))[0].id))!;
    const token = new URL(/Return to your cart: (\S+)/.exec(text)![1]).searchParams.get("token")!;
    const active = await idleCart({ idleHours: 2 });
    await db().cart.updateMany({ where: { id: { in: [idle.id, active.id] } }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect((await abandonDormantCarts()).expired).toBeGreaterThanOrEqual(2);
    expect(await cartRow(idle.id)).toMatchObject({ status: "expired", recoveryTokenHash: null });
    expect((await cartRow(active.id)).status).toBe("expired");
    expect(await mailsTo(active.email)).toEqual([]);
    expect((await recover(token)).status).toBe(404);
  });

  it("counts a failed e-mail instead of throwing, and does not mail that abandonment again", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = await idleCart({ email: "not an address" });
    const counts = await abandonDormantCarts();
    expect(counts.emailFailed).toBeGreaterThanOrEqual(1);
    expect(log).toHaveBeenCalledWith("[abandoned-carts] recovery e-mail failed", expect.objectContaining({ cartId: broken.id }));
    expect((await cartRow(broken.id)).status).toBe("abandoned");
    log.mockClear();
    await abandonDormantCarts();
    expect(log).not.toHaveBeenCalledWith("[abandoned-carts] recovery e-mail failed", expect.objectContaining({ cartId: broken.id }));
    log.mockRestore();
  });
});
