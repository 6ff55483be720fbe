"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { ApiError } from "@/lib/api/errors";
import { cancelOrderByCustomer, cancelOrderSchema } from "@/lib/account/cancel-order";
import { reorderToCart } from "@/lib/account/reorder";
import { createReturnSchema, requestReturn } from "@/lib/account/returns";
import { createRefundSchema, requestRefund } from "@/lib/account/request-refund";
import { resendOrderConfirmation } from "@/lib/account/resend-confirmation";
import { retryPayment } from "@/lib/account/retry-payment";
import { ensureCartSessionId } from "@/lib/cart/shop-cart-session";
import { formResult, optionalText, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const orderPath = (orderNumber: string) => `/account/orders/${encodeURIComponent(orderNumber)}`;

/** Cancels one of the signed-in customer's orders with the reason given (the domain checks it is theirs and not shipped). */
export async function cancelOrderAction(siteId: number, orderNumber: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, orderPath(orderNumber));
  const result = await formResult(
    async () => {
      const { reason } = parseForm(cancelOrderSchema, { reason: optionalText(formData, "reason") ?? "" });
      await cancelOrderByCustomer(shop.siteId, customerId, orderNumber, reason);
      return "Cancelled.";
    },
    { reason: "Reason" },
  );
  // The form goes with the order's new status, so the page itself says it worked.
  if (result?.ok) redirect(shop.href(`${orderPath(orderNumber)}?notice=cancelled`));
  return result;
}

/** Asks to return items of a delivered order: quantities come as qty-{orderItemId}; zero leaves a line out. */
export async function requestReturnAction(siteId: number, orderNumber: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, `${orderPath(orderNumber)}/return`);
  const result = await formResult(
    async () => {
      const items = quantitiesOf(formData, "Choose how many of at least one item to return.");
      const input = parseForm(createReturnSchema, { items, reason: optionalText(formData, "reason") ?? "", resolution: formData.get("resolution") });
      await requestReturn(shop.siteId, customerId, orderNumber, input);
      return "Return requested.";
    },
    { reason: "Reason", resolution: "Refund or replacement" },
  );
  if (result?.ok) redirect(shop.href("/account/returns?notice=requested"));
  return result;
}

/** Quantities of a form's qty-{orderItemId} fields; zero leaves a line out. */
function quantitiesOf(formData: FormData, nothingChosen: string) {
  const items = [];
  for (const [key, value] of formData) {
    const id = /^qty-(\d{1,10})$/.exec(key)?.[1];
    if (!id) continue;
    const quantity = typeof value === "string" && /^\d{1,4}$/.test(value.trim()) ? Number(value) : null;
    if (quantity === null) throw new ApiError("validation_error", "Quantities must be whole numbers from 0.");
    if (quantity > 0) items.push({ orderItemId: Number(id), quantity });
  }
  if (items.length === 0) throw new ApiError("validation_error", nothingChosen);
  return items;
}

/** Refunds items of a paid order to the card under the store's policy (the domain checks policy, window and quantities). */
export async function requestRefundAction(siteId: number, orderNumber: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, `${orderPath(orderNumber)}/refund`);
  const result = await formResult(
    async () => {
      const items = quantitiesOf(formData, "Choose how many of at least one item to refund.");
      const input = parseForm(createRefundSchema, { items, reason: optionalText(formData, "reason") ?? "" });
      await requestRefund(shop.siteId, customerId, orderNumber, input);
      return "Refunded.";
    },
    { reason: "Reason" },
  );
  if (result?.ok) redirect(shop.href(`${orderPath(orderNumber)}?notice=refunded`));
  return result;
}

/** Takes the order's stock again after a failed payment, then sends the customer to the payment page with the same PaymentIntent. */
export async function retryPaymentAction(siteId: number, orderNumber: string): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, orderPath(orderNumber));
  const result = await formResult(async () => {
    await retryPayment(shop.siteId, customerId, orderNumber);
    return "Ready to pay.";
  });
  if (result?.ok) redirect(shop.href(`/checkout/pay/${encodeURIComponent(orderNumber)}`));
  return result;
}

/** Mails the order confirmation again (rate limited per order by the domain). */
export async function resendConfirmationAction(siteId: number, orderNumber: string): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, orderPath(orderNumber));
  return formResult(async () => {
    const { sentTo } = await resendOrderConfirmation(shop.siteId, customerId, orderNumber);
    return `Sent to ${sentTo}.`;
  });
}

const skipWords = {
  no_longer_sold: "no longer sold",
  design_unavailable: "its design was deleted",
  out_of_stock: "out of stock",
  limited_stock: "fewer left in stock",
} as const;

/** Puts the order's items back in this browser's cart at today's prices; says which could not be added in full. */
export async function reorderAction(siteId: number, orderNumber: string): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, orderPath(orderNumber));
  return formResult(async () => {
    const { cart, skipped } = await reorderToCart(shop.siteId, customerId, orderNumber, await ensureCartSessionId());
    const notes = skipped.map((s) => `${s.productName}${s.variantName ? ` (${s.variantName})` : ""}: ${s.added > 0 ? `${s.added} of ${s.requested} added, ` : ""}${skipWords[s.reason]}`);
    if (skipped.length > 0 && skipped.every((s) => s.added === 0)) {
      throw new ApiError("conflict", `None of these items could be added. ${notes.join("; ")}.`);
    }
    refresh(); // the header's cart count
    const count = "itemCount" in cart ? cart.itemCount : 0;
    return `Added to your cart (${count === 1 ? "1 item" : `${count} items`} in it now).${notes.length ? ` Not added in full: ${notes.join("; ")}.` : ""}`;
  });
}
