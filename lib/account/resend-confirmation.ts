import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { timestamp } from "@/lib/api/schemas";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import { mailOrderConfirmation } from "@/lib/orders/send-order-confirmation";
import { ownOrdersWhere } from "./orders";

export const RESENDS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

export const resendConfirmationResultSchema = z
  .object({ orderNumber: z.string(), sentTo: z.string().meta({ description: "The address the order was placed with" }), sentAt: timestamp })
  .meta({ id: "ConfirmationResent" });

/**
 * POST /account/orders/{orderNumber}/resend-confirmation: mails the order confirmation again, to
 * the address the order was placed with (never another), for an order that was paid. At most
 * RESENDS_PER_HOUR an hour per order, counted in the database so every app process shares it;
 * refused calls count too. The mail is sent before answering: the customer asked for it, so a
 * failure is theirs to see (503) rather than a silent log line.
 */
export async function resendOrderConfirmation(siteId: number, customerId: number, orderNumber: string) {
  const order = await db().order.findFirst({ where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber }, select: { id: true, paidAt: true, customerEmail: true } });
  if (!order) throw notFound("Order not found");
  if (!order.paidAt) throw new ApiError("conflict", "The confirmation is sent once the order is paid");
  await enforceRateLimits([{ key: `resend-confirmation:${siteId}:${order.id}`, limit: RESENDS_PER_HOUR, windowMs: HOUR_MS }], "The confirmation was resent several times already; try again later");
  try {
    await mailOrderConfirmation(order.id);
  } catch (error) {
    console.error("[orders] resending the confirmation failed", { orderId: order.id, error: (error as Error).message });
    throw new ApiError("service_unavailable", "The e-mail could not be sent just now; please try again later");
  }
  const sentAt = new Date();
  await db().order.update({ where: { id: order.id }, data: { confirmationSentAt: sentAt } });
  return { orderNumber, sentTo: order.customerEmail, sentAt: sentAt.toISOString() };
}
