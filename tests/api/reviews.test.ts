import { describe, expect, it } from "vitest";
import * as accountReviewsRoute from "@/app/api/storefront/[siteId]/account/reviews/route";
import * as productRoute from "@/app/api/storefront/[siteId]/products/[slug]/route";
import * as reviewsRoute from "@/app/api/storefront/[siteId]/products/[slug]/reviews/route";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { moderateReview } from "@/lib/reviews/moderate-review";
import { accountReviewsSchema, customerReviewSchema, publicReviewSchema } from "@/lib/reviews/schemas";
import { callRoute } from "../support/api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "../support/checkout-fixtures";
import { bearer, signUp } from "../support/customers";
import { createProduct } from "../support/fixtures";

const review = { rating: 4, title: "Soft and sturdy", body: "Washed it ten times; still like new." };

/** A store, its tee, and a signed-up customer who can place orders of it (left pending). */
async function shopWithCustomer() {
  const shop = await createCheckoutStore({ stripe: false });
  const customer = await signUp(shop.siteId, { emailVerified: true });
  await db().customer.update({ where: { id: customer.id }, data: { firstName: "Jane", lastName: "smith" } });
  const site = String(shop.siteId);
  const slug = shop.product.slug;
  const buy = async (productId = shop.product.id, email = customer.email) => {
    const { body } = await postCheckout(shop.siteId, { ...checkoutBody(await cartWith(shop.siteId, productId, 1)), customerEmail: email });
    return body.data as { orderId: number; orderNumber: string };
  };
  const pay = (orderId: number) => markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });
  const deliver = async (orderId: number) => {
    await pay(orderId);
    await transitionOrder(db(), { orderId, to: "shipped", actor: "merchant" });
    await transitionOrder(db(), { orderId, to: "delivered", actor: "carrier" });
  };
  const post = (body: unknown, token: string | null = customer.token, productSlug = slug) =>
    callRoute(reviewsRoute.POST, `/api/storefront/${site}/products/${productSlug}/reviews`, { params: { siteId: site, slug: productSlug }, method: "POST", body, headers: bearer(token ?? undefined) });
  const list = (query = "", productSlug = slug) =>
    callRoute(reviewsRoute.GET, `/api/storefront/${site}/products/${productSlug}/reviews${query}`, { params: { siteId: site, slug: productSlug } });
  const detail = () => callRoute(productRoute.GET, `/api/storefront/${site}/products/${slug}`, { params: { siteId: site, slug } });
  const mine = (token = customer.token) => callRoute(accountReviewsRoute.GET, `/api/storefront/${site}/account/reviews`, { params: { siteId: site }, headers: bearer(token) });
  return { shop, customer, buy, pay, deliver, post, list, detail, mine };
}

describe("writing a review", () => {
  it("needs a session: 401 without one", async () => {
    const { post } = await shopWithCustomer();
    expect((await post(review, null)).status).toBe(401);
  });

  it("is refused with 403 until the customer has a paid order containing the product", async () => {
    const { shop, customer, buy, pay, post } = await shopWithCustomer();
    const forbidden = { status: 403, body: { success: false, message: "Only customers who bought this product can review it", errorCode: "forbidden" } };
    expect(await post(review)).toMatchObject(forbidden);
    const order = await buy();
    expect(await post(review)).toMatchObject(forbidden); // placed, not paid
    // Another product's paid order, or another customer's, does not count.
    const other = await createProduct(shop.siteId, { inventory: 5 });
    await pay((await buy(other.id)).orderId);
    const stranger = await signUp(shop.siteId);
    await pay((await buy(shop.product.id, stranger.email)).orderId);
    expect(await post(review)).toMatchObject(forbidden);
    await pay(order.orderId);
    const created = await post(review);
    expect(created.status).toBe(201);
    expect(customerReviewSchema.strict().parse(created.body.data)).toMatchObject({
      product: { id: shop.product.id, slug: shop.product.slug, name: "Classic Crew Tee" },
      ...review,
      status: "pending",
    });
    expect(customer.id).toBe((await db().productReview.findUniqueOrThrow({ where: { id: created.body.data.id } })).customerId);
  });

  it("counts a paid order placed with the customer's email without signing in, but not a cancelled one", async () => {
    const { buy, pay, post } = await shopWithCustomer();
    const order = await buy();
    await transitionOrder(db(), { orderId: order.orderId, to: "cancelled", actor: "merchant" });
    expect((await post(review)).status).toBe(403);
    await pay((await buy()).orderId);
    expect((await post(review)).status).toBe(201);
  });

  it("takes one review per customer per product: a second answers 409, and so do racing duplicates", async () => {
    const { shop, buy, pay, post } = await shopWithCustomer();
    await pay((await buy()).orderId);
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => post({ ...review, title: `Attempt ${i}` })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)!.body).toEqual({ success: false, message: "You have already reviewed this product", errorCode: "conflict" });
    expect(await db().productReview.count({ where: { productId: shop.product.id } })).toBe(1);
    expect((await post(review)).status).toBe(409);
  });

  it("validates rating, title and body", async () => {
    const { buy, pay, post } = await shopWithCustomer();
    await pay((await buy()).orderId);
    const refused = async (body: unknown) => {
      const result = await post(body);
      expect(result.status).toBe(400);
      return result.body.message;
    };
    for (const rating of [0, 6, 3.5, "5", null]) expect(await refused({ ...review, rating })).toBe("rating must be a whole number from 1 to 5");
    expect(await refused({ ...review, title: "   " })).toBe("title is required");
    expect(await refused({ ...review, title: "x".repeat(121) })).toBe("title must be at most 120 characters");
    expect(await refused({ ...review, body: undefined })).toBe("body is required");
    expect(await refused({ ...review, body: "x".repeat(5001) })).toBe("body must be at most 5000 characters");
    expect((await post({ ...review, title: "x".repeat(120), body: "y".repeat(5000), rating: 5 })).status).toBe(201);
  });

  it("answers 404 for a product that is not on sale here", async () => {
    const { customer, post, list } = await shopWithCustomer();
    expect((await post(review, customer.token, "no-such-product")).body).toEqual({ success: false, message: "Product not found", errorCode: "not_found" });
    expect((await list("", "no-such-product")).status).toBe(404);
  });

  it("is approved at once when the store approves new reviews automatically", async () => {
    const { shop, buy, pay, post, list } = await shopWithCustomer();
    await db().store.update({ where: { siteId: shop.siteId }, data: { reviewsAutoApprove: true } });
    await pay((await buy()).orderId);
    expect((await post(review)).body.data.status).toBe("approved");
    expect((await list()).body.data).toHaveLength(1);
  });
});

describe("showing reviews", () => {
  it("shows only approved reviews, newest first and paginated, with the rating over approved ones only", async () => {
    const { shop, buy, pay, detail, list } = await shopWithCustomer();
    const ratings = [5, 2, 4, 1];
    const ids: number[] = [];
    for (const [i, rating] of ratings.entries()) {
      const reviewer = await signUp(shop.siteId, { emailVerified: true });
      await pay((await buy(shop.product.id, reviewer.email)).orderId);
      const { body } = await callRoute(reviewsRoute.POST, "/x", {
        params: { siteId: String(shop.siteId), slug: shop.product.slug },
        method: "POST",
        body: { ...review, rating, title: `Review ${i}` },
        headers: bearer(reviewer.token),
      });
      ids.push(body.data.id);
    }
    expect((await list()).body).toMatchObject({ data: [], rating: { average: null, count: 0 }, pagination: { total: 0 } });
    expect((await detail()).body.data.rating).toEqual({ average: null, count: 0 });

    await moderateReview(shop.siteId, ids[0], "approved");
    await moderateReview(shop.siteId, ids[1], "approved");
    await moderateReview(shop.siteId, ids[2], "approved");
    await moderateReview(shop.siteId, ids[3], "rejected");
    expect((await detail()).body.data.rating).toEqual({ average: 3.7, count: 3 });

    const first = await list("?limit=2");
    expect(first.status).toBe(200);
    expect(first.body.pagination).toEqual({ page: 1, limit: 2, total: 3, totalPages: 2 });
    expect(first.body.rating).toEqual({ average: 3.7, count: 3 });
    const second = await list("?limit=2&page=2");
    const shown = [...first.body.data, ...second.body.data];
    for (const item of shown) publicReviewSchema.strict().parse(item);
    expect(shown.map((r: { id: number }) => r.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(shown.map((r: { title: string }) => r.title)).not.toContain("Review 3");
    expect(first.text).not.toContain("@example.com");
    expect((await list("?limit=0")).status).toBe(400);
  }, 120_000);

  it("names the author by first name and last initial, never by e-mail", async () => {
    const { shop, buy, pay, post, list } = await shopWithCustomer();
    await pay((await buy()).orderId);
    await moderateReview(shop.siteId, (await post(review)).body.data.id, "approved");
    expect((await list()).body.data[0].authorName).toBe("Jane S.");
  });

  it("leaves moderation of one site's reviews to that site", async () => {
    const { buy, pay, post } = await shopWithCustomer();
    await pay((await buy()).orderId);
    const id = (await post(review)).body.data.id;
    const other = await createCheckoutStore({ stripe: false });
    await expect(moderateReview(other.siteId, id, "approved")).rejects.toMatchObject({ code: "not_found" });
    expect((await db().productReview.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });
});

describe("GET /account/reviews", () => {
  it("lists the customer's own reviews in any status, and the delivered products they have not reviewed yet", async () => {
    const { shop, buy, pay, deliver, post, mine } = await shopWithCustomer();
    const mug = await createProduct(shop.siteId, { name: "Mug", inventory: 5 });
    const cap = await createProduct(shop.siteId, { name: "Cap", inventory: 5 });
    const teeOrder = await buy();
    await deliver(teeOrder.orderId);
    const mugOrder = await buy(mug.id);
    await deliver(mugOrder.orderId);
    await pay((await buy(cap.id)).orderId); // paid, not delivered: reviewable, not yet "ready"

    const before = await mine();
    expect(before.status).toBe(200);
    const parsed = accountReviewsSchema.strict().parse(before.body.data);
    expect(parsed.reviews).toEqual([]);
    expect(parsed.readyForReview.map((p) => [p.productName, p.orderNumber])).toEqual([
      ["Mug", mugOrder.orderNumber],
      ["Classic Crew Tee", teeOrder.orderNumber],
    ]);

    const written = await post(review);
    await moderateReview(shop.siteId, written.body.data.id, "rejected");
    const after = (await mine()).body.data;
    expect(after.reviews).toEqual([{ ...written.body.data, status: "rejected" }]);
    expect(after.readyForReview.map((p: { productId: number }) => p.productId)).toEqual([mug.id]);

    const stranger = await signUp(shop.siteId);
    expect((await mine(stranger.token)).body.data).toEqual({ reviews: [], readyForReview: [] });
    expect((await mine("not-a-token")).status).toBe(401);
  });
});
