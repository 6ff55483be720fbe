"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { afterResponse } from "@/lib/api/after-response";
import { ApiError } from "@/lib/api/errors";
import { completeDemoPayment } from "@/lib/checkout/confirm-payment";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { currentOrderViewer } from "@/lib/orders/order-access-cookie";
import { orderNumberParamSchema } from "@/lib/orders/schemas";
import { sendOrderConfirmation } from "@/lib/orders/send-order-confirmation";
import { shopFromAction } from "@/app/shop/[tenant]/store/_lib/shop-from-action";

export type DemoPaymentState = { message: string } | null;

const outcomeSchema = z.enum(["succeeded", "failed"]).catch("succeeded");

/**
 * Pays a demo-mode order the way POST /checkout/demo-payment does (completeDemoPayment: the
 * webhook's own code path). Only a browser that may see the order can pay it; paying twice is
 * harmless, as an order becomes paid once.
 */
export async function payDemoAction(siteId: number, orderNumber: string, _state: DemoPaymentState, formData: FormData): Promise<DemoPaymentState> {
  const shop = await shopFromAction(siteId);
  const number = orderNumberParamSchema.safeParse({ orderNumber });
  const order = number.success ? await getShopOrder(shop.siteId, number.data.orderNumber, await currentOrderViewer(shop.siteId)) : null;
  if (!order || !order.stripePaymentIntentId) return { message: "This order cannot be paid here. Please look it up again." };

  const outcome = outcomeSchema.parse(formData instanceof FormData ? formData.get("outcome") : null);
  try {
    const { state, completedOrderId } = await completeDemoPayment(shop.siteId, { orderNumber: order.orderNumber, paymentIntentId: order.stripePaymentIntentId, outcome });
    if (completedOrderId) afterResponse(() => sendOrderConfirmation(completedOrderId));
    if (!state.paid) return { message: "The demo card was declined, as you asked. Nothing was charged; you can pay again." };
  } catch (error) {
    if (error instanceof ApiError) return { message: error.message };
    throw error;
  }
  // The header's cart count lives in the layout, which a redirect keeps: render it anew.
  refresh();
  redirect(shop.href(`/order/${encodeURIComponent(order.orderNumber)}?placed=1`));
}
