import { createHash, randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as passwordRoute from "@/app/api/storefront/[siteId]/account/password/route";
import * as recoverRoute from "@/app/api/storefront/[siteId]/cart/recover/route";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import { issueRecoveryToken } from "@/lib/cart/recover-cart";
import { loginCustomer } from "@/lib/customers/login-customer";
import { requestPasswordReset, RESET_TOKEN_TTL_MS } from "@/lib/customers/password-reset";
import { SHOP_SESSION_COOKIE } from "@/lib/customers/shop-auth";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { authenticateSession, createSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@/lib/customers/sessions";
import { db } from "@/lib/db";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { getEnabledStore } from "@/lib/sites/get-store";
import { callRoute, type ApiResult } from "../support/api";
import { bearer, callAuth } from "../support/customers";
import { createProduct, createSite } from "../support/fixtures";
import { captureLogs } from "../support/log-capture";
import { mailedToken } from "../support/mailed-token";

// Promise: every bearer secret (customer session, password reset, cart recovery, designer session)
// is at least 128 bits drawn from the CSPRNG, is stored only as its SHA-256 digest, and is never
// logged; a single-use token works once however many redemptions race; reset tokens live at most
// an hour; a reset or password change ends every other session, the shop's too; sessions lapse
// when idle and in any case after their absolute lifetime.

// Every buffer the app draws from node:crypto's CSPRNG, to tie each token to its source.
const drawn = vi.hoisted(() => [] as Buffer[]);
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  const randomBytes = (size: number) => {
    const bytes = actual.randomBytes(size);
    drawn.push(bytes);
    return bytes;
  };
  return { ...actual, randomBytes, default: { ...actual, randomBytes } };
});

// The shop's pages read the next-auth cookie through next/headers; this jar stands in for the browser's.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "a-test-secret-of-at-least-thirty-two-characters";
});

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const PASSWORD = "quiet violet lamppost";
let siteId: number;
const params = () => ({ siteId: String(siteId) });

/** Tables and columns anywhere in the database whose text holds `secret`. */
async function whereStored(secret: string): Promise<string[]> {
  const tables = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [hit] = await db().$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "${table_name}" AS r WHERE r::text LIKE $1 LIMIT 1`, `%${secret}%`);
    if (hit) found.push(table_name);
  }
  return found;
}

const fromCsprng = (token: string) => drawn.some((bytes) => bytes.length >= 16 && bytes.toString("base64url") === token);

async function registerCustomer() {
  const email = `tokens-${randomUUID()}@example.com`;
  const { body } = await callAuth(siteId, { action: "register", email, password: PASSWORD });
  return { email, id: body.data.customer.id as number, token: body.data.token as string };
}

async function abandonedCart() {
  return db().cart.create({ data: { siteId, sessionId: randomUUID(), status: "abandoned", abandonedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) } });
}

/** A design made by an anonymous designer: the answer sets the designer session cookie. */
async function designerSessionToken(): Promise<string> {
  const product = await createProduct(siteId, { designable: true });
  await db().designerStyle.create({
    data: { productId: product.id, name: "White", sides: { create: [{ name: "Front", slug: "front", printAreaX: 10, printAreaY: 10, printAreaWidth: 100, printAreaHeight: 100 }] } },
  });
  const created = await callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: params(), method: "POST", body: { productId: product.id } });
  expect(created.status).toBe(201);
  return new RegExp(`${DESIGN_SESSION_COOKIE}=([^;]+)`).exec(created.headers.get("set-cookie") ?? "")![1];
}

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("issued tokens", () => {
  let logs: () => string[];
  const issued = {} as Record<"session" | "login" | "reset" | "recovery" | "designer", string>;
  let customerId: number;

  beforeAll(async () => {
    logs = captureLogs();
    const customer = await registerCustomer();
    customerId = customer.id;
    issued.session = customer.token;
    issued.login = (await callAuth(siteId, { action: "login", email: customer.email, password: PASSWORD })).body.data.token;
    await callAuth(siteId, { action: "forgot-password", email: customer.email });
    issued.reset = await mailedToken(customer.email, "password-reset");
    issued.recovery = await issueRecoveryToken((await abandonedCart()).id);
    issued.designer = await designerSessionToken();
    // Using them logs nothing either, nor does a failure naming them.
    await callAuth(siteId, { action: "me" }, bearer(issued.session));
    await callAuth(siteId, { action: "me" }, bearer(`${issued.login}x`));
    await callRoute(recoverRoute.GET, `/api/storefront/${siteId}/cart/recover?token=${issued.recovery}`, { params: params() });
    await callRoute(recoverRoute.GET, `/api/storefront/${siteId}/cart/recover?token=${issued.recovery}`, { params: params() });
    await callAuth(siteId, { action: "reset-password", token: issued.reset, password: "amber kettle orchard" });
    await callAuth(siteId, { action: "reset-password", token: issued.reset, password: "amber kettle orchard" });
  }, 300_000);
  afterAll(() => vi.restoreAllMocks());

  it("are at least 128 bits drawn from the CSPRNG, each one", () => {
    for (const [kind, token] of Object.entries(issued)) expect({ kind, fromCsprng: fromCsprng(token) }).toEqual({ kind, fromCsprng: true });
  });

  it("are stored only as SHA-256 digests: sessions, reset and recovery tokens", async () => {
    const sessions = await db().customerSession.findMany({ where: { customerId }, select: { tokenHash: true } });
    // The reset ended both sessions; their digests are checked by looking them up before it in the next test.
    expect(sessions).toEqual([]);
    expect(await db().passwordResetToken.count({ where: { customerId, tokenHash: sha256(issued.reset) } })).toBe(1);
    for (const kind of ["session", "login", "reset", "recovery"] as const) expect({ kind, storedIn: await whereStored(issued[kind]) }).toEqual({ kind, storedIn: [] });
  });

  it("are stored only as SHA-256 digests: designer sessions", async () => {
    expect(await whereStored(issued.designer)).toEqual([]);
    expect(await db().productDesign.count({ where: { sessionId: sha256(issued.designer) } })).toBe(1);
  });

  it("never appear in a log line", () => {
    const text = logs().join("\n");
    for (const [kind, token] of Object.entries(issued)) expect({ kind, logged: text.includes(token) }).toEqual({ kind, logged: false });
  });
});

describe("a live session", () => {
  it("is looked up by the SHA-256 digest of its token", async () => {
    const customer = await registerCustomer();
    const session = await db().customerSession.findFirstOrThrow({ where: { customerId: customer.id } });
    expect(session.tokenHash).toBe(sha256(customer.token));
    expect(await whereStored(customer.token)).toEqual([]);
  });
});

describe("single-use tokens under 20 parallel redemptions", () => {
  const RACERS = 20;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 25));

  it("the harness catches a naive read-then-update redemption (reset and recovery)", async () => {
    const customer = await registerCustomer();
    const store = (await getEnabledStore(siteId))!;
    await requestPasswordReset(store, customer.email);
    const resetDigest = sha256(await mailedToken(customer.email, "password-reset"));
    const naiveReset = async () => {
      const row = await db().passwordResetToken.findFirst({ where: { tokenHash: resetDigest, usedAt: null, expiresAt: { gt: new Date() } } });
      if (!row) return false;
      await pause();
      await db().passwordResetToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
      return true;
    };
    const resets = await Promise.all(Array.from({ length: RACERS }, naiveReset));
    expect(resets.filter(Boolean).length).toBeGreaterThan(1);

    const cart = await abandonedCart();
    const recoveryDigest = sha256(await issueRecoveryToken(cart.id));
    const naiveRecovery = async () => {
      const row = await db().cart.findFirst({ where: { recoveryTokenHash: recoveryDigest } });
      if (!row) return false;
      await pause();
      await db().cart.update({ where: { id: row.id }, data: { recoveryTokenHash: null, status: "active" } });
      return true;
    };
    const recoveries = await Promise.all(Array.from({ length: RACERS }, naiveRecovery));
    expect(recoveries.filter(Boolean).length).toBeGreaterThan(1);
  });

  it("give exactly one successful password reset", { timeout: 300_000 }, async () => {
    const customer = await registerCustomer();
    await callAuth(siteId, { action: "forgot-password", email: customer.email });
    const token = await mailedToken(customer.email, "password-reset");
    const answers = await Promise.all(Array.from({ length: RACERS }, (_, i) => callAuth(siteId, { action: "reset-password", token, password: `racing new secret ${i}` })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual(
      Array(RACERS - 1).fill({ success: false, message: "Invalid or expired reset token", errorCode: "invalid_token" }),
    );
  });

  it("give exactly one cart recovery", async () => {
    const token = await issueRecoveryToken((await abandonedCart()).id);
    const answers = await Promise.all(
      Array.from({ length: RACERS }, () => callRoute(recoverRoute.GET, `/api/storefront/${siteId}/cart/recover?token=${token}`, { params: params() })),
    );
    expect(answers.filter((a) => a.status === 302)).toHaveLength(1);
    expect(answers.filter((a) => a.status !== 302).map((a) => a.body.errorCode)).toEqual(Array(RACERS - 1).fill("invalid_token"));
  });
});

describe("reset tokens", () => {
  it("expire within 60 minutes", { timeout: 300_000 }, async () => {
    expect(RESET_TOKEN_TTL_MS).toBeLessThanOrEqual(60 * 60 * 1000);
    const store = (await getEnabledStore(siteId))!;
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const stale = await registerCustomer();
    await requestPasswordReset(store, stale.email, minutesAgo(61));
    const staleAnswer = await callAuth(siteId, { action: "reset-password", token: await mailedToken(stale.email, "password-reset"), password: "amber kettle orchard" });
    expect(staleAnswer.status).toBe(404);
    const fresh = await registerCustomer();
    await requestPasswordReset(store, fresh.email, minutesAgo(59));
    expect((await callAuth(siteId, { action: "reset-password", token: await mailedToken(fresh.email, "password-reset"), password: "amber kettle orchard" })).status).toBe(200);
    const row = await db().passwordResetToken.findFirstOrThrow({ where: { customerId: fresh.id } });
    expect(row.expiresAt.getTime() - minutesAgo(59).getTime()).toBeLessThanOrEqual(60 * 60 * 1000 + 5_000);
  });
});

describe("ending sessions", () => {
  /** Signs in as the shop does (next-auth keeps the storefront token in its JWT cookie). */
  async function shopSignIn(email: string, password: string) {
    const { token } = await loginCustomer(siteId, { email, password }, {});
    jar.set(SHOP_SESSION_COOKIE, await encode({ token: { siteId, storefrontToken: token }, secret: process.env.AUTH_SECRET! }));
  }
  const me = (token: string) => callAuth(siteId, { action: "me" }, bearer(token));

  it("a reset ends every session, the shop's included", { timeout: 300_000 }, async () => {
    const customer = await registerCustomer();
    const second = (await callAuth(siteId, { action: "login", email: customer.email, password: PASSWORD })).body.data.token;
    await shopSignIn(customer.email, PASSWORD);
    expect(await currentShopCustomer(siteId)).toMatchObject({ customerId: customer.id });

    await callAuth(siteId, { action: "forgot-password", email: customer.email });
    expect((await callAuth(siteId, { action: "reset-password", token: await mailedToken(customer.email, "password-reset"), password: "amber kettle orchard" })).status).toBe(200);
    expect([(await me(customer.token)).status, (await me(second)).status]).toEqual([401, 401]);
    expect(await currentShopCustomer(siteId)).toBeNull();
    expect(await db().customerSession.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("a password change ends every other session, the shop's included, and keeps the one that changed it", { timeout: 300_000 }, async () => {
    const customer = await registerCustomer();
    const other = (await callAuth(siteId, { action: "login", email: customer.email, password: PASSWORD })).body.data.token;
    await shopSignIn(customer.email, PASSWORD);
    const changed: ApiResult = await callRoute(passwordRoute.POST, `/api/storefront/${siteId}/account/password`, {
      params: params(),
      method: "POST",
      body: { currentPassword: PASSWORD, newPassword: "amber kettle orchard" },
      headers: bearer(customer.token),
    });
    expect(changed.status).toBe(200);
    expect([(await me(customer.token)).status, (await me(other)).status]).toEqual([200, 401]);
    expect(await currentShopCustomer(siteId)).toBeNull();
  });
});

describe("session expiry", () => {
  const DAY = 24 * 60 * 60 * 1000;

  it("ends a session left idle for longer than the idle timeout", async () => {
    const { id } = await registerCustomer();
    const start = new Date();
    const token = await createSession(id, {}, start);
    expect(await authenticateSession(siteId, token, new Date(start.getTime() + SESSION_IDLE_MS - 60_000))).not.toBeNull();
    const idleToken = await createSession(id, {}, start);
    expect(await authenticateSession(siteId, idleToken, new Date(start.getTime() + SESSION_IDLE_MS + 1000))).toBeNull();
  });

  it("ends a session used all along once its absolute lifetime is over", async () => {
    const { id } = await registerCustomer();
    const start = new Date();
    const token = await createSession(id, {}, start);
    let at = start.getTime();
    // Used every six days (inside the idle timeout), it stays live up to the absolute expiry…
    while (at + 6 * DAY < start.getTime() + SESSION_ABSOLUTE_MS) {
      at += 6 * DAY;
      expect(await authenticateSession(siteId, token, new Date(at))).not.toBeNull();
    }
    // …and not a moment past it, though it was used less than a week ago.
    expect(await authenticateSession(siteId, token, new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1000))).toBeNull();
  });
});
