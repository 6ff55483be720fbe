import Stripe from "stripe";
import { db } from "@/lib/db";
import { ApiError, storeNotFound } from "@/lib/api/errors";
import { newToken } from "@/lib/security/tokens";
import { paymentSettings } from "./payment-settings";
import { stripeClient } from "./stripe-client";

export type PaymentIntentState = {
  id: string;
  clientSecret: string;
  /** Stripe's PaymentIntent status: requires_payment_method, processing, succeeded, canceled, ... */
  status: string;
  amount: number;
  currency: string;
  metadata: Record<string, string>;
};

/** The provider did not say whether it made a refund (a timeout, a 5xx): it may have. */
export class RefundOutcomeUnknownError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefundOutcomeUnknownError";
  }
}

export type CreateIntent = { amount: number; currency: string; orderId: number; orderNumber: string; email: string; siteId: number };

/** Where a store's payments go: Stripe with its own keys, or the demo gateway when it has none. */
export type PaymentGateway = {
  mode: "stripe" | "demo";
  publishableKey: string | null;
  createIntent(input: CreateIntent): Promise<PaymentIntentState>;
  retrieveIntent(id: string): Promise<PaymentIntentState>;
  cancelIntent(id: string): Promise<void>;
  /**
   * Refunds a succeeded intent in full or in part; one refund per idempotency key. `metadata` goes
   * with the refund, so its later events can be matched even when this call's answer was lost.
   * Throws RefundOutcomeUnknownError when the provider may have made the refund anyway.
   */
  refund(intentId: string, amount: number, idempotencyKey: string, metadata?: Record<string, string>): Promise<{ id: string; status: string }>;
};

/** The payment gateway of a store. Demo payments are refused in production unless the store enables them. */
export async function gatewayFor(siteId: number): Promise<PaymentGateway> {
  const store = await paymentSettings(siteId);
  if (!store) throw storeNotFound();
  if (store.stripeSecretKey) return stripeGateway(store.stripeSecretKey, store.stripePublishableKey);
  if (process.env.NODE_ENV === "production" && !store.demoPaymentsEnabled) {
    throw new ApiError("service_unavailable", "Payments are not configured for this store");
  }
  return demoGateway;
}

function stripeGateway(secretKey: string, publishableKey: string | null): PaymentGateway {
  const stripe = stripeClient(secretKey);
  const state = (intent: Stripe.PaymentIntent): PaymentIntentState => ({
    id: intent.id,
    clientSecret: intent.client_secret ?? "",
    status: intent.status,
    amount: intent.amount,
    currency: intent.currency,
    metadata: intent.metadata,
  });
  return {
    mode: "stripe",
    publishableKey,
    async createIntent({ amount, currency, orderId, orderNumber, email, siteId }) {
      const intent = await stripe.paymentIntents.create(
        {
          amount,
          currency: currency.toLowerCase(),
          receipt_email: email,
          automatic_payment_methods: { enabled: true },
          metadata: { orderId: String(orderId), orderNumber, siteId: String(siteId) },
        },
        // One order, one PaymentIntent, however often checkout is retried.
        { idempotencyKey: `order-${siteId}-${orderId}` },
      );
      return state(intent);
    },
    retrieveIntent: async (id) => state(await stripe.paymentIntents.retrieve(id)),
    async cancelIntent(id) {
      await stripe.paymentIntents.cancel(id);
    },
    async refund(intentId, amount, idempotencyKey, metadata) {
      try {
        const refund = await stripe.refunds.create({ payment_intent: intentId, amount, ...(metadata ? { metadata } : {}) }, { idempotencyKey });
        return { id: refund.id, status: refund.status ?? "pending" };
      } catch (error) {
        // No answer, or Stripe's own failure after its retries: the refund may exist. A refusal (4xx) is definite.
        const status = (error as { statusCode?: number }).statusCode;
        if (error instanceof Stripe.errors.StripeConnectionError || status === undefined || status >= 500) throw new RefundOutcomeUnknownError((error as Error).message);
        throw error;
      }
    },
  };
}

// Demo payments: no card, no network. The intent id is a 256-bit secret, so only the browser
// that checked out can complete the payment (POST /checkout/demo-payment).
const demoGateway: PaymentGateway = {
  mode: "demo",
  publishableKey: null,
  async createIntent({ amount, currency, orderId, orderNumber, siteId }) {
    const id = `demo_pi_${newToken()}`;
    const metadata = { orderId: String(orderId), orderNumber, siteId: String(siteId) };
    return { id, clientSecret: `${id}_secret_demo`, status: "requires_payment_method", amount, currency, metadata };
  },
  async retrieveIntent(id) {
    const payment = await db().payment.findFirst({
      where: { providerPaymentId: id, mode: "demo" },
      orderBy: { id: "desc" },
      include: { order: { select: { orderNumber: true, siteId: true } } },
    });
    if (!payment) throw new ApiError("not_found", "Payment not found");
    const metadata = { orderId: String(payment.orderId), orderNumber: payment.order.orderNumber, siteId: String(payment.order.siteId) };
    return { id, clientSecret: `${id}_secret_demo`, status: payment.status, amount: payment.amount, currency: payment.currency, metadata };
  },
  async cancelIntent() {},
  async refund() {
    return { id: `demo_re_${newToken()}`, status: "succeeded" };
  },
};
