import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { execSync } from "node:child_process";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as recoverRoute from "@/app/api/storefront/[siteId]/cart/recover/route";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import { GET as restoreCart } from "@/app/shop/[tenant]/store/cart/restore/route";
import { ownerOfNewDesign } from "@/app/shop/[tenant]/store/design/_lib/designer-caller";
import { issueRecoveryToken } from "@/lib/cart/recover-cart";
import { RECOVERED_CART_COOKIE } from "@/lib/cart/recovered-cart-cookie";
import { setCartSessionId } from "@/lib/cart/shop-cart-session";
import { SHOP_SESSION_COOKIE, shopAuthOptions } from "@/lib/customers/shop-auth";
import { db } from "@/lib/db";
import { grantOrderAccess } from "@/lib/orders/order-access-cookie";
import { callRoute } from "../support/api";
import { createProduct, createSite } from "../support/fixtures";

// Promise: every cookie the storefront sets (API answers, shop route handlers, server actions and
// next-auth) is HttpOnly, SameSite=Lax or stricter, and Secure on a production (https) deployment.
vi.hoisted(() => {
  process.env.APP_URL = "https://storefront.example";
  process.env.AUTH_SECRET ??= "a-test-secret-of-at-least-thirty-two-characters";
});

type CookieOptions = { httpOnly?: boolean; secure?: boolean; sameSite?: string | boolean };
// What server actions set through next/headers, as the browser would be told.
const setByActions = vi.hoisted(() => [] as { name: string; options: CookieOptions }[]);
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, has: () => false, set: (name: string, _value: string, options: CookieOptions) => setByActions.push({ name, options }) }),
  headers: async () => new Headers(),
}));

let siteId: number;
beforeAll(async () => {
  siteId = (await createSite()).id;
});

/** Each Set-Cookie line of an answer, by cookie name, with its attributes lower-cased. */
function setCookies(headers: Headers): Map<string, Set<string>> {
  return new Map(
    headers.getSetCookie().map((line) => {
      const [pair, ...attributes] = line.split(";").map((part) => part.trim());
      return [pair.split("=")[0], new Set(attributes.map((a) => a.toLowerCase()))];
    }),
  );
}
const expectPolicy = (name: string, attributes: Set<string> | undefined) =>
  expect({ name, httpOnly: attributes?.has("httponly"), secure: attributes?.has("secure"), sameSite: [...(attributes ?? [])].find((a) => a.startsWith("samesite=")) }).toEqual({
    name,
    httpOnly: true,
    secure: true,
    sameSite: expect.stringMatching(/^samesite=(lax|strict)$/),
  });

describe("cookies in answers", () => {
  it("sd_design_session from the API", async () => {
    const product = await createProduct(siteId, { designable: true });
    await db().designerStyle.create({
      data: { productId: product.id, name: "White", sides: { create: [{ name: "Front", slug: "front", printAreaX: 10, printAreaY: 10, printAreaWidth: 100, printAreaHeight: 100 }] } },
    });
    const created = await callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, method: "POST", body: { productId: product.id } });
    expect(created.status).toBe(201);
    expectPolicy("sd_design_session", setCookies(created.headers).get("sd_design_session"));
  });

  it("sf_recovered_cart from the API's recovery link, and sf_cart from the shop's restore route", async () => {
    const cart = await db().cart.create({ data: { siteId, sessionId: crypto.randomUUID(), status: "abandoned", abandonedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) } });
    const token = await issueRecoveryToken(cart.id);
    const recovered = await callRoute(recoverRoute.GET, `/api/storefront/${siteId}/cart/recover?token=${token}`, { params: { siteId: String(siteId) } });
    expect(recovered.status).toBe(302);
    expectPolicy(RECOVERED_CART_COOKIE, setCookies(recovered.headers).get(RECOVERED_CART_COOKIE));

    const request = new NextRequest(`https://storefront.example/shop/${siteId}/store/cart/restore`, { headers: { cookie: `${RECOVERED_CART_COOKIE}=${cart.sessionId}` } });
    const restored = await restoreCart(request, { params: Promise.resolve({ tenant: String(siteId) }) });
    expectPolicy("sf_cart", setCookies(restored.headers).get("sf_cart"));
  });

  it("next-auth's own cookies (CSRF token, callback URL, state) and sf.session", () => {
    expect(SHOP_SESSION_COOKIE).toBe("__Secure-sf.session");
    expect(shopAuthOptions.useSecureCookies).toBe(true);
    expect(shopAuthOptions.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax" });
    // next-auth sets its cookies from its defaults for this setting, overridden by ours, as its init
    // does (core/init.js); the defaults live in a module its package does not export.
    const { defaultCookies } = createRequire(import.meta.url)(join(process.cwd(), "node_modules/next-auth/core/lib/cookie.js")) as {
      defaultCookies: (secure: boolean) => Record<string, { options: CookieOptions }>;
    };
    const cookies = { ...defaultCookies(shopAuthOptions.useSecureCookies ?? false), ...shopAuthOptions.cookies };
    expect(Object.keys(cookies)).toEqual(expect.arrayContaining(["sessionToken", "callbackUrl", "csrfToken", "state", "nonce"]));
    for (const [kind, cookie] of Object.entries(cookies)) {
      expect({ kind, ...cookie.options }).toMatchObject({ kind, httpOnly: true, secure: true, sameSite: expect.stringMatching(/^(lax|strict)$/) });
    }
  });
});

describe("cookies set by the shop's server actions", () => {
  it("sf_cart, sf_orders_{site} and sd_design_session", async () => {
    setByActions.length = 0;
    await setCartSessionId(crypto.randomUUID());
    await grantOrderAccess(siteId, "SO-1001");
    await ownerOfNewDesign({ customerId: null, sessionId: null });
    expect(setByActions.map((c) => c.name)).toEqual(["sf_cart", `sf_orders_${siteId}`, "sd_design_session"]);
    for (const { name, options } of setByActions) {
      expect({ name, ...options }).toMatchObject({ name, httpOnly: true, secure: true, sameSite: expect.stringMatching(/^(lax|strict)$/) });
    }
  });

  it("and no other place sets a cookie without those three attributes", () => {
    // Every call that sets a cookie, found in the source: each passes one of the option builders
    // tested above, or literal options with all three attributes (the applied-codes cookie).
    const sources = execSync("git ls-files app lib proxy.ts | grep -E '\\.tsx?$' | grep -v '\\.test\\.ts$'", { encoding: "utf8" }).trim().split("\n");
    const calls = sources.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/(?:cookies\(\)\)|cookies|jar)\.set\(([^;]*?)\);/gs)].map((m) => ({ file, args: m[1].replace(/\s+/g, " ") })),
    );
    expect(calls.length).toBeGreaterThanOrEqual(6);
    const builders = /(cartSessionCookieOptions|designSessionCookieOptions|recoveredCartCookieOptions)\(\)$/;
    const literal = (args: string) => /httpOnly: true/.test(args) && /sameSite: "(lax|strict)"/.test(args) && /secure: secureCookies\(\)/.test(args);
    for (const call of calls) expect({ ...call, safe: builders.test(call.args) || literal(call.args) }).toMatchObject({ safe: true });
  });
});
