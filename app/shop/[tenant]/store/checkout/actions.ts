"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { afterResponse } from "@/lib/api/after-response";
import { ApiError } from "@/lib/api/errors";
import { appliedCodesCookie } from "@/lib/cart/applied-codes-cookie";
import { checkout } from "@/lib/checkout/checkout";
import { claimCartForCustomer } from "@/lib/checkout/claim-cart";
import { previewCheckout } from "@/lib/checkout/preview-checkout";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { grantOrderAccess } from "@/lib/orders/order-access-cookie";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";
import { newToken } from "@/lib/security/tokens";
import { cartSessionId } from "./_lib/cart-session";
import { parseCheckoutForm, toCheckoutInput, type FieldErrors } from "./_lib/checkout-form";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";
import { toPreviewView, type PreviewView } from "./_lib/preview-view";

const previewFieldsSchema = z.object({
  country: z.string().trim().max(2).catch(""),
  state: z.string().trim().max(50).catch(""),
  postalCode: z.string().trim().max(20).catch(""),
  city: z.string().trim().max(100).catch(""),
  shippingRateId: z.string().trim().max(300).nullable().catch(null),
  discountCode: z.string().trim().max(64).nullable().catch(null),
  giftCertificateCode: z.string().trim().max(64).nullable().catch(null),
  loyaltyPoints: z.string().trim().regex(/^\d{1,9}$/).transform(Number).nullable().catch(null),
});

export type PreviewFields = z.input<typeof previewFieldsSchema>;

/** The live part of the page: rates for the address typed so far and the totals they make. */
export async function previewCheckoutAction(siteId: number, fields: PreviewFields): Promise<PreviewView | null> {
  const shop = await shopFromAction(siteId);
  const sessionId = await cartSessionId();
  if (!sessionId) return null;
  const parsed = previewFieldsSchema.safeParse(fields);
  if (!parsed.success) return null;
  const input = parsed.data;
  const preview = await previewCheckout(shop, {
    sessionId,
    address: { country: input.country.toUpperCase(), state: input.state, postalCode: input.postalCode, city: input.city },
    shippingRateId: input.shippingRateId,
    discountCode: input.discountCode,
    giftCertificateCode: input.giftCertificateCode,
    loyaltyPoints: input.loyaltyPoints,
    customerId: (await currentShopCustomer(shop.siteId))?.customerId,
  });
  return toPreviewView(preview);
}

export type PlaceOrderState = {
  message: string;
  fieldErrors: FieldErrors;
  /** A fresh Idempotency-Key: the failed attempt's key must not answer the next, corrected one. */
  nextKey: string;
} | null;

const failed = (message: string, fieldErrors: FieldErrors = {}): PlaceOrderState => ({ message, fieldErrors, nextKey: newToken() });

// The domain's code errors belong beside their fields.
const FIELD_OF_ERROR: Partial<Record<string, keyof FieldErrors>> = {
  invalid_discount_code: "discountCode",
  invalid_gift_certificate: "giftCertificateCode",
  insufficient_loyalty_points: "loyaltyPoints",
  loyalty_disabled: "loyaltyPoints",
};

/**
 * Places the order exactly as POST /checkout does (lib/checkout/checkout.ts), with the page's
 * key as its Idempotency-Key: a second submit of the same form answers the same order. Then on
 * to the payment, or straight to the confirmation when a gift certificate paid it all.
 */
export async function placeOrderAction(siteId: number, _state: PlaceOrderState, formData: FormData): Promise<PlaceOrderState> {
  const shop = await shopFromAction(siteId);
  if (!(formData instanceof FormData)) return failed("Please reload the page and try again.");
  const parsed = parseCheckoutForm(formData);
  if (parsed.errors) return failed("Please check the highlighted fields.", parsed.errors);
  const sessionId = await cartSessionId();
  if (!sessionId) return failed("Your cart is empty.");

  let result;
  try {
    const input = checkoutSchema.parse(toCheckoutInput(parsed.data, sessionId));
    const customer = await currentShopCustomer(shop.siteId);
    if (customer) await claimCartForCustomer(shop.siteId, sessionId, customer.customerId);
    result = await checkout(shop, input, parsed.data.idempotencyKey, customer?.customerId ?? null);
  } catch (error) {
    if (error instanceof ApiError) {
      // The address changed after the rate was picked (its rates were still loading).
      if (error.message === "Invalid shipping rate") {
        return failed("Please check the highlighted fields.", { shippingRateId: "This shipping method isn’t offered for this address. Please choose one of the options shown." });
      }
      if (error.message === "Cart not found") return failed("Your cart has expired or was emptied. Please go back to your cart.");
      const field = FIELD_OF_ERROR[error.code];
      return failed(field ? "Please check the highlighted fields." : error.message, field ? { [field]: error.message } : {});
    }
    if (error instanceof z.ZodError) return failed("Please check your details and try again.");
    throw error;
  }

  await grantOrderAccess(shop.siteId, result.orderNumber);
  // The codes now belong to the order; the next cart starts without them.
  (await cookies()).delete(appliedCodesCookie(shop.siteId));
  const orderPath = `/order/${encodeURIComponent(result.orderNumber)}`;
  if (result.paymentMode === "gift_certificate") {
    afterResponse(() => sendOrderConfirmation(result.orderId));
    redirect(shop.href(`${orderPath}?placed=1`));
  }
  redirect(shop.href(`/checkout/pay/${encodeURIComponent(result.orderNumber)}`));
}
