import { beforeAll, describe, expect, it } from "vitest";
import * as wishlistRoute from "@/app/api/storefront/[siteId]/account/wishlist/route";
import { db } from "@/lib/db";
import { wishlistSchema } from "@/lib/wishlist/wishlist";
import { callRoute } from "../support/api";
import { bearer, signUp } from "../support/customers";
import { createProduct, createProductWithVariants, createSite } from "../support/fixtures";

let siteId: number;
const wishlist = (method: "GET" | "POST" | "DELETE", token: string | undefined, body?: unknown, site = siteId) =>
  callRoute(wishlistRoute[method], `/api/storefront/${site}/account/wishlist`, { params: { siteId: String(site) }, method, body: method === "GET" ? undefined : body, headers: bearer(token) });

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("/account/wishlist", () => {
  it("answers 401 without a valid Bearer token", async () => {
    for (const method of ["GET", "POST", "DELETE"] as const) expect((await wishlist(method, "nope", { productId: 1 })).status).toBe(401);
  });

  it("is created on first access, empty", async () => {
    const me = await signUp(siteId);
    const [first, second] = await Promise.all([wishlist("GET", me.token), wishlist("GET", me.token)]);
    expect(wishlistSchema.strict().parse(first.body.data).items).toEqual([]);
    expect(second.body.data.id).toBe(first.body.data.id);
    expect(await db().wishlist.count({ where: { customerId: me.id } })).toBe(1);
  });

  it("adds idempotently and lists products enriched, newest first", async () => {
    const me = await signUp(siteId);
    const candle = await createProduct(siteId, { name: "Fig Candle", price: 2800, compareAtPrice: 3400, images: { create: { url: "/fig.webp" } } });
    const tee = await createProductWithVariants(siteId, [{ size: "XL", inventory: 1, price: 2700 }], { name: "Tee", price: 2500 });
    const first = await wishlist("POST", me.token, { productId: candle.id });
    const again = await Promise.all([1, 2, 3].map(() => wishlist("POST", me.token, { productId: candle.id })));
    for (const answer of again) expect(answer.body.data.id).toBe(first.body.data.id);
    await wishlist("POST", me.token, { productId: tee.product.id, variantId: tee.variants[0].id });
    const { body } = await wishlist("GET", me.token);
    const list = wishlistSchema.strict().parse(body.data);
    expect(list.items.map((i) => [i.name, i.price, i.compareAtPrice, i.status])).toEqual([
      ["Tee", 2700, null, "active"],
      ["Fig Candle", 2800, 3400, "active"],
    ]);
    expect(list.items[1].image).toBe("http://localhost:3000/fig.webp");
  });

  it("refuses inactive, unknown and other sites' products, and another product's variant", async () => {
    const me = await signUp(siteId);
    const draft = await createProduct(siteId, { status: "draft" });
    const elsewhere = await createProduct((await createSite()).id);
    for (const productId of [draft.id, elsewhere.id, 999_999]) expect((await wishlist("POST", me.token, { productId })).status).toBe(404);
    const a = await createProduct(siteId);
    const b = await createProductWithVariants(siteId, [{ size: "M", inventory: 1 }]);
    expect((await wishlist("POST", me.token, { productId: a.id, variantId: b.variants[0].id })).status).toBe(400);
    expect((await wishlist("POST", me.token, { productId: "x" })).status).toBe(400);
  });

  it("removes a product, and no customer can touch another's list", async () => {
    const alice = await signUp(siteId);
    const bob = await signUp(siteId);
    const product = await createProduct(siteId);
    await wishlist("POST", alice.token, { productId: product.id });
    await wishlist("POST", bob.token, { productId: product.id });
    expect((await wishlist("DELETE", alice.token, { productId: product.id })).body.data).toEqual({ removed: true });
    expect((await wishlist("DELETE", alice.token, { productId: product.id })).body.data).toEqual({ removed: false });
    expect((await wishlist("GET", alice.token)).body.data.items).toEqual([]);
    expect((await wishlist("GET", bob.token)).body.data.items.map((i: { productId: number }) => i.productId)).toEqual([product.id]);
    expect((await wishlist("GET", alice.token, undefined, (await createSite()).id)).status).toBe(401);
  });
});
