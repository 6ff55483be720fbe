import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import * as cartRoute from "@/app/api/storefront/[siteId]/cart/route";
import * as checkoutRoute from "@/app/api/storefront/[siteId]/checkout/route";
import * as webhookRoute from "@/app/api/storefront/[siteId]/webhooks/stripe/route";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { db } from "@/lib/db";
import { callRoute } from "./api";
import { createProduct, createSite } from "./fixtures";

export const WEBHOOK_SECRET = "whsec_test_secret";

/** A store with Stripe keys, one US zone ($9.95, free from $100), Oregon tax 7.7%, codes and a gift certificate. */
export async function createCheckoutStore(options: { stripe?: boolean } = {}) {
  const site = await createSite();
  const siteId = site.id;
  if (options.stripe !== false) {
    await db().store.update({
      where: { siteId },
      data: { stripeSecretKey: "sk_test_fake", stripePublishableKey: "pk_test_fake", stripeWebhookSecret: WEBHOOK_SECRET },
    });
  }
  const zone = await db().shippingZone.create({
    data: { siteId, name: "Domestic", countries: ["US"], states: [], rates: { create: { name: "USPS Priority Mail", price: 995, freeAbove: 10_000 } } },
    include: { rates: true },
  });
  await db().taxRate.create({ data: { siteId, name: "Oregon", country: "US", state: "OR", rate: 770 } });
  await db().discountCode.createMany({
    data: [
      { siteId, code: "TENOFF", discountType: "percent", amount: 1000 },
      { siteId, code: "FREESHIP", discountType: "free_shipping" },
      { siteId, code: "BIG", discountType: "fixed_amount", amount: 1000, minOrderAmount: 20_000 },
      { siteId, code: "OLD", discountType: "percent", amount: 1000, expiresAt: new Date(Date.now() - 1000) },
    ],
  });
  await db().giftCertificate.create({ data: { siteId, code: "GIFT-50", initialAmount: 5000, remainingAmount: 5000 } });
  const product = await createProduct(siteId, { name: "Classic Crew Tee", price: 2500, inventory: 5, sku: "CCT-001" });
  return { siteId, product, rateId: zone.rates[0].id };
}

export async function cartWith(siteId: number, productId: number, quantity: number) {
  const sessionId = randomUUID();
  await addCartItem(siteId, { sessionId, productId, quantity });
  return sessionId;
}

/** A new cart session holding `quantity` units, filled through the real POST /cart. */
export async function cartThroughApi(siteId: number, productId: number, quantity: number) {
  const sessionId = randomUUID();
  const added = await callRoute(cartRoute.POST, `/api/storefront/${siteId}/cart`, { params: { siteId: String(siteId) }, method: "POST", body: { sessionId, productId, quantity } });
  if (added.status !== 200) throw new Error(`POST /cart answered ${added.status}: ${added.text}`);
  return sessionId;
}

export const address = { line1: "123 Main St", city: "Portland", state: "OR", postalCode: "97201", country: "US" };

export function postCheckout(siteId: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return callRoute(checkoutRoute.POST, `/api/storefront/${siteId}/checkout`, { params: { siteId: String(siteId) }, method: "POST", body, headers });
}

export function checkoutBody(sessionId: string, extra: Record<string, unknown> = {}) {
  return { sessionId, customerEmail: "Jane@Example.com", customerName: "Jane Smith", shippingAddress: address, ...extra };
}

/**
 * Delivers a Stripe event signed with the store's endpoint secret (or a wrong one, or another
 * timestamp); `alter` changes the body after it was signed.
 */
export function deliverStripeEvent(
  siteId: number,
  event: { id?: string; type: string; object: Record<string, unknown> },
  signing: { secret?: string; timestamp?: number; alter?: (payload: string) => string } = {},
) {
  const payload = JSON.stringify({
    id: event.id ?? `evt_${randomUUID().replace(/-/g, "")}`,
    object: "event",
    type: event.type,
    created: Math.floor(Date.now() / 1000),
    data: { object: event.object },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: signing.secret ?? WEBHOOK_SECRET, timestamp: signing.timestamp });
  return callRoute(webhookRoute.POST, `/api/storefront/${siteId}/webhooks/stripe`, {
    params: { siteId: String(siteId) },
    method: "POST",
    rawBody: signing.alter ? signing.alter(payload) : payload,
    headers: { "stripe-signature": signature },
  });
}
