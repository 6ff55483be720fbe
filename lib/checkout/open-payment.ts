import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { env } from "@/lib/env";
import type { PaymentGateway, PaymentIntentState } from "@/lib/payments/gateway";

export type PlacedOrder = { id: number; orderNumber: string; siteId: number; currency: string; amountDue: number; customerEmail: string };

// stripe-node waits at most 5 s between its retries.
const STRIPE_RETRY_DELAY_MS = 5_000;

/**
 * How long a checkout may legitimately take between placing its order and recording the order's
 * PaymentIntent: every Stripe attempt and the waits between them. An order still without an intent
 * after this was left behind by a request that died (a crash, a lost database connection).
 */
export const paymentOpeningBudgetMs = () => (env.STRIPE_TIMEOUT_MS + STRIPE_RETRY_DELAY_MS) * (env.STRIPE_MAX_NETWORK_RETRIES + 1);

/**
 * Opens the payment of a placed, pending order and records it on the order. The gateway's
 * idempotency key is the order's, so opening it again after a crash returns the PaymentIntent the
 * first attempt made, never a second one. Answers the intent the order ends up with.
 */
export async function openPayment(gateway: PaymentGateway, order: PlacedOrder): Promise<PaymentIntentState> {
  const intent = await gateway.createIntent({
    amount: order.amountDue,
    currency: order.currency,
    orderId: order.id,
    orderNumber: order.orderNumber,
    email: order.customerEmail,
    siteId: order.siteId,
  });
  // Only a pending order without an intent: a cancelled one must never become payable again. One
  // statement records the intent on the order and its attempt, or neither.
  const recorded = await db().$queryRaw<{ id: number }[]>`
    WITH opened AS (
      UPDATE "Order" SET "stripePaymentIntentId" = ${intent.id}, "paymentMode" = ${gateway.mode}::"PaymentMode", "updatedAt" = now()
      WHERE id = ${order.id} AND status = 'pending' AND "stripePaymentIntentId" IS NULL
      RETURNING id
    )
    INSERT INTO "Payment" ("orderId", mode, "providerPaymentId", amount, currency, status, "updatedAt")
    SELECT id, ${gateway.mode}::"PaymentMode", ${intent.id}, ${order.amountDue}::int, ${order.currency}, ${intent.status}, now() FROM opened
    RETURNING id`;
  if (recorded.length > 0) return intent;
  const current = await db().order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true, stripePaymentIntentId: true } });
  if (current.status === "pending" && current.stripePaymentIntentId) return gateway.retrieveIntent(current.stripePaymentIntentId);
  throw new ApiError("payment_provider_error", "The payment could not be started; nothing was charged. Please try again.");
}
