"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { AddToCartState } from "@/components/add-to-cart-form";
import type { WishlistButtonState, WishlistState } from "@/components/wishlist-toggle";
import { ApiError } from "@/lib/api/errors";
import { addCartItem } from "@/lib/cart/add-cart-item";
import { addCartItemSchema } from "@/lib/cart/schemas";
import { ensureCartSessionId } from "@/lib/cart/shop-cart-session";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { actionErrorMessage, formIssue, formNumber, formString } from "@/lib/forms/form-input";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { startSubscriptionSchema } from "@/lib/subscriptions/schemas";
import { startSubscription } from "@/lib/subscriptions/start-subscription";
import { isInWishlist } from "@/lib/wishlist/is-in-wishlist";
import { addWishlistItem, addWishlistItemSchema, removeWishlistItem, removeWishlistItemSchema } from "@/lib/wishlist/wishlist";
import { requestOrigin } from "../../_lib/request-origin";
import type { SubscribeState } from "./subscribe-form";

// The tenant and slug are bound by the page; they come from the URL, so they are checked like any input.
const tenantSchema = z.string().min(1).max(255);
const routeSchema = z.object({ tenant: tenantSchema, slug: z.string().min(1).max(255) });
const addToCartFormSchema = addCartItemSchema.omit({ sessionId: true, designId: true });
const wishlistIntentSchema = z.enum(["add", "remove"], { error: "intent must be add or remove" });

/** Adds the chosen product or variant to this browser's cart, creating the cart (and its cookie) on first use. */
export async function addToCart(tenant: string, _previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const shop = tenantSchema.safeParse(tenant).success ? await resolveShop(tenant) : null;
  if (!shop) return { status: "error", message: "Store not found" };
  const input = addToCartFormSchema.safeParse({
    productId: formNumber(formData, "productId"),
    variantId: formNumber(formData, "variantId"),
    quantity: formNumber(formData, "quantity"),
  });
  if (!input.success) return { status: "error", message: formIssue(input.error) };

  try {
    const sessionId = await ensureCartSessionId();
    await addCartItem(shop.siteId, { ...input.data, sessionId });
  } catch (error) {
    return { status: "error", message: addToCartMessage(error) };
  }
  return { status: "added", quantity: input.data.quantity };
}

function addToCartMessage(error: unknown): string {
  // The API's wording speaks to developers ("variantId is required"); a shopper picks options.
  if (error instanceof ApiError && error.code === "invalid_variant") return "Please choose an available option first";
  return actionErrorMessage(error, "addToCart");
}

/**
 * Whether this browser's customer is signed in and has the product on their wishlist: read after
 * load, since product pages are rendered once and cached for every visitor.
 */
export async function readWishlistState(tenant: string, productId: number): Promise<WishlistButtonState> {
  const shop = tenantSchema.safeParse(tenant).success ? await resolveShop(tenant) : null;
  const product = addWishlistItemSchema.safeParse({ productId });
  const customer = shop && product.success ? await currentShopCustomer(shop.siteId) : null;
  if (!shop || !customer || !product.success) return { signedIn: false };
  return { signedIn: true, saved: await isInWishlist(shop.siteId, customer.customerId, product.data.productId) };
}

/** Adds the product to, or removes it from, the signed-in customer's wishlist; anyone else is sent to sign in. */
export async function toggleWishlist(tenant: string, slug: string, formData: FormData): Promise<WishlistState> {
  const route = routeSchema.safeParse({ tenant, slug });
  const shop = route.success ? await resolveShop(route.data.tenant) : null;
  if (!shop) return { saved: false, error: "Store not found" };
  const productPath = shop.href(`/products/${encodeURIComponent(route.data!.slug)}`);
  const customer = await currentShopCustomer(shop.siteId);
  if (!customer) redirect(shop.href(`/account/sign-in?next=${encodeURIComponent(productPath)}`));

  const intent = wishlistIntentSchema.safeParse(formString(formData, "intent"));
  const productId = formNumber(formData, "productId");
  if (!intent.success) return { saved: false, error: formIssue(intent.error) };
  try {
    if (intent.data === "add") {
      const input = addWishlistItemSchema.safeParse({ productId });
      if (!input.success) return { saved: false, error: formIssue(input.error) };
      await addWishlistItem(shop.siteId, customer.customerId, input.data);
      return { saved: true, message: "Added to your wishlist" };
    }
    const input = removeWishlistItemSchema.safeParse({ productId });
    if (!input.success) return { saved: true, error: formIssue(input.error) };
    await removeWishlistItem(shop.siteId, customer.customerId, input.data.productId);
    return { saved: false, message: "Removed from your wishlist" };
  } catch (error) {
    return { saved: intent.data === "remove", error: actionErrorMessage(error, "toggleWishlist") };
  }
}

/**
 * Starts the signed-in customer's subscription to a plan and answers what Stripe.js needs to pay
 * its first invoice; anyone else is sent to sign in and back to the product.
 */
export async function subscribe(tenant: string, slug: string, _previous: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const route = routeSchema.safeParse({ tenant, slug });
  const shop = route.success ? await resolveShop(route.data.tenant) : null;
  if (!shop) return { status: "error", message: "Store not found" };
  const customer = await currentShopCustomer(shop.siteId);
  if (!customer) redirect(shop.href(`/account/sign-in?next=${encodeURIComponent(shop.href(`/products/${encodeURIComponent(route.data!.slug)}`))}`));

  const input = startSubscriptionSchema.safeParse({ planId: formNumber(formData, "planId"), quantity: formNumber(formData, "quantity") });
  if (!input.success) return { status: "error", message: formIssue(input.error) };
  let started;
  try {
    ({ started } = await startSubscription(shop.siteId, customer.customerId, input.data));
  } catch (error) {
    return { status: "error", message: subscribeMessage(error) };
  }
  const subscriptionPath = shop.href(`/account/subscriptions/${started.subscription.id}`);
  // Nothing due (the first invoice is already settled): the subscription's page says the rest.
  if (!started.clientSecret) redirect(subscriptionPath);
  if (!started.publishableKey) {
    return { status: "error", message: "Card payments are not set up for this shop yet, so the subscription cannot be paid online. Nothing has been charged." };
  }
  return { status: "started", clientSecret: started.clientSecret, publishableKey: started.publishableKey, returnUrl: `${await requestOrigin()}${subscriptionPath}` };
}

function subscribeMessage(error: unknown): string {
  // The plan id is the only input a page cached before a plan was withdrawn can get wrong.
  if (error instanceof ApiError && error.code === "validation_error" && error.message.startsWith("planId")) {
    return "This plan is no longer offered. Please reload the page to see the current plans.";
  }
  return actionErrorMessage(error, "subscribe");
}
