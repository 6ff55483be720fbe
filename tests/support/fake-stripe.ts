import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { listenOnLoopback, readBody } from "./loopback-server";

// A fake of the slice of Stripe's API our server uses, on loopback: PaymentIntents created,
// retrieved and cancelled, with Idempotency-Key replay; and for Billing, customers, prices and
// subscriptions (created, retrieved, updated, cancelled). Tests move intents and subscriptions
// along by hand, and can make calls fail or stall.

export type FakeIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  currency: string;
  status: string;
  client_secret: string;
  metadata: Record<string, string>;
  receipt_email: string | null;
  last_payment_error: { message: string } | null;
};

export type FakeRefund = { id: string; object: "refund"; amount: number; payment_intent: string; status: string };

export type FakeSubscription = {
  id: string;
  object: "subscription";
  status: string;
  customer: string;
  metadata: Record<string, string>;
  cancel_at_period_end: boolean;
  pause_collection: { behavior: string; resumes_at: number | null } | null;
  items: { object: "list"; data: { id: string; object: "subscription_item"; price: { id: string; object: "price" }; quantity: number; current_period_end: number }[] };
  latest_invoice: string;
  /** The proration_behavior of each update, in order (the fake does not prorate). */
  prorations: string[];
};

export type FakeStripe = {
  url: string;
  subscriptions: Map<string, FakeSubscription>;
  /** The next n Billing calls (customers, prices, subscriptions) answer 500, changing nothing. */
  failNextBillingCalls(n: number): void;
  /** Holds every subscription update or cancellation until the returned function is called. */
  pauseSubscriptionChanges(): () => void;
  /** Holds every subscription creation until the returned function is called (a start in flight). */
  pauseSubscriptionStarts(): () => void;
  intents: Map<string, FakeIntent>;
  refunds: FakeRefund[];
  requests: { method: string; path: string; idempotencyKey: string | null; authorization: string | null; form: URLSearchParams }[];
  /** The next n create calls answer 500. */
  failNextCreates(n: number): void;
  /** The next n refund calls answer 500 after making the refund (Stripe failed to answer; the refund exists). */
  failNextRefundAnswers(n: number): void;
  /** Holds every create call until the returned function is called (a payment start in flight). */
  pauseCreates(): () => void;
  /**
   * Creating a PaymentIntent stalls, never answering: "before" it is created (Stripe never saw it),
   * or "after" (Stripe made it, the answer was lost). null answers again.
   */
  stallCreates(when: "before" | "after" | null): void;
  /** Resolves when the next request for this method and path arrives. */
  nextRequest(method: string, path: string): Promise<void>;
  close(): Promise<void>;
};

const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;

/** Sets a promise that requests wait on; the returned function resolves and clears it. */
function holdUntilReleased(set: (held: Promise<void> | null) => void) {
  let release = () => {};
  set(new Promise<void>((resolve) => (release = resolve)));
  return () => {
    set(null);
    release();
  };
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const intents = new Map<string, FakeIntent>();
  const replays = new Map<string, FakeIntent>();
  const refunds: FakeRefund[] = [];
  const refundReplays = new Map<string, FakeRefund>();
  const requests: FakeStripe["requests"] = [];
  let failures = 0;
  let refundAnswerFailures = 0;
  let paused: Promise<void> | null = null;
  let stall: "before" | "after" | null = null;
  const waiting: { method: string; path: string; arrived: () => void }[] = [];
  const subscriptions = new Map<string, FakeSubscription>();
  const billingReplays = new Map<string, unknown>();
  let billingFailures = 0;
  let changesPaused: Promise<void> | null = null;
  let startsPaused: Promise<void> | null = null;

  const createIntent = (form: URLSearchParams): FakeIntent => {
    const intentId = id("pi");
    const metadata: Record<string, string> = {};
    for (const [key, value] of form) if (key.startsWith("metadata[")) metadata[key.slice(9, -1)] = value;
    const intent: FakeIntent = {
      id: intentId,
      object: "payment_intent",
      amount: Number(form.get("amount")),
      currency: form.get("currency") ?? "usd",
      status: "requires_payment_method",
      client_secret: `${intentId}_secret_${randomBytes(8).toString("hex")}`,
      metadata,
      receipt_email: form.get("receipt_email"),
      last_payment_error: null,
    };
    intents.set(intentId, intent);
    return intent;
  };

  const server: Server = createServer(async (request, response) => {
    const [path, query] = (request.url ?? "").split("?");
    // stripe-node sends a GET's parameters (expand) in the query string, others in the body.
    const form = new URLSearchParams(request.method === "GET" ? query : await readBody(request));
    const idempotencyKey = (request.headers["idempotency-key"] as string | undefined) ?? null;
    requests.push({ method: request.method ?? "", path, idempotencyKey, authorization: request.headers.authorization ?? null, form });
    for (const waiter of waiting.filter((w) => w.method === request.method && w.path === path)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.arrived();
    }
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": id("req") });
      response.end(JSON.stringify(payload));
    };
    if (!request.headers.authorization?.startsWith("Bearer sk_")) return send(401, { error: { type: "invalid_request_error", message: "No API key" } });

    if (request.method === "POST" && path === "/v1/payment_intents") {
      if (paused) await paused;
      if (failures > 0) {
        failures--;
        return send(500, { error: { type: "api_error", message: "Stripe is down (fake)" } });
      }
      if (stall === "before") return;
      const intent = (idempotencyKey && replays.get(idempotencyKey)) || createIntent(form);
      if (idempotencyKey) replays.set(idempotencyKey, intent);
      if (stall === "after") return;
      return send(200, intent);
    }
    if (request.method === "POST" && path === "/v1/refunds") {
      const refunded = intents.get(form.get("payment_intent") ?? "");
      if (!refunded || refunded.status !== "succeeded") return send(400, { error: { type: "invalid_request_error", message: "PaymentIntent has not succeeded" } });
      const replayed = idempotencyKey ? refundReplays.get(idempotencyKey) : undefined;
      const refund: FakeRefund = replayed ?? { id: id("re"), object: "refund", amount: Number(form.get("amount") ?? refunded.amount), payment_intent: refunded.id, status: "succeeded" };
      if (!replayed) refunds.push(refund);
      if (idempotencyKey) refundReplays.set(idempotencyKey, refund);
      if (refundAnswerFailures > 0) {
        refundAnswerFailures--;
        return send(500, { error: { type: "api_error", message: "Stripe is down (fake)" } });
      }
      return send(200, refund);
    }
    // Not Stripe's: what paying the first invoice with Stripe.js does, for a browser test whose
    // server runs this fake in another process. Answers the subscription, now active.
    const paying = path.match(/^\/fake\/subscriptions\/(\d+)\/pay-first-invoice$/);
    if (request.method === "POST" && paying) {
      const found = [...subscriptions.values()].find((s) => s.metadata.subscriptionId === paying[1]);
      if (!found) return send(404, { error: { type: "invalid_request_error", message: "No such subscription" } });
      found.status = "active";
      return send(200, found);
    }
    if (/^\/v1\/(customers|prices|subscriptions)/.test(path)) {
      if (request.method !== "GET" && changesPaused && path.startsWith("/v1/subscriptions/")) await changesPaused;
      if (request.method === "POST" && startsPaused && path === "/v1/subscriptions") await startsPaused;
      if (billingFailures > 0) {
        billingFailures--;
        return send(500, { error: { type: "api_error", message: "Stripe is down (fake)" } });
      }
      const replayKey = idempotencyKey && `${path} ${idempotencyKey}`;
      if (replayKey && billingReplays.has(replayKey)) return send(200, billingReplays.get(replayKey));
      const [status, payload] = billing(request.method ?? "", path, form, subscriptions);
      if (replayKey && status === 200) billingReplays.set(replayKey, payload);
      return send(status, payload);
    }
    const match = path.match(/^\/v1\/payment_intents\/([\w]+)(\/cancel)?$/);
    const intent = match ? intents.get(match[1]) : undefined;
    if (!intent) return send(404, { error: { type: "invalid_request_error", message: "No such payment_intent" } });
    if (request.method === "POST" && match?.[2]) intent.status = "canceled";
    return send(200, intent);
  });
  const { url, close } = await listenOnLoopback(server);
  return {
    url,
    subscriptions,
    failNextBillingCalls: (n) => {
      billingFailures = n;
    },
    pauseSubscriptionChanges: () => holdUntilReleased((held) => (changesPaused = held)),
    pauseSubscriptionStarts: () => holdUntilReleased((held) => (startsPaused = held)),
    intents,
    refunds,
    requests,
    failNextCreates: (n) => {
      failures = n;
    },
    failNextRefundAnswers: (n) => {
      refundAnswerFailures = n;
    },
    pauseCreates: () => holdUntilReleased((held) => (paused = held)),
    stallCreates: (when) => {
      stall = when;
    },
    nextRequest: (method, path) => new Promise<void>((arrived) => waiting.push({ method, path, arrived })),
    close,
  };
}

const DAY = 86_400;

/** Stripe Billing's answers, as far as the server reads them. */
function billing(method: string, path: string, form: URLSearchParams, subscriptions: Map<string, FakeSubscription>): [number, unknown] {
  const metadata = (prefix = "metadata") => {
    const found: Record<string, string> = {};
    for (const [key, value] of form) if (key.startsWith(`${prefix}[`)) found[key.slice(prefix.length + 1, -1)] = value;
    return found;
  };
  if (method === "POST" && path === "/v1/customers") return [200, { id: id("cus"), object: "customer", email: form.get("email"), metadata: metadata() }];
  if (method === "POST" && path === "/v1/prices") {
    return [200, { id: id("price"), object: "price", unit_amount: Number(form.get("unit_amount")), currency: form.get("currency"), recurring: { interval: form.get("recurring[interval]"), interval_count: Number(form.get("recurring[interval_count]")) } }];
  }
  if (method === "POST" && path === "/v1/subscriptions") {
    const subscription: FakeSubscription = {
      id: id("sub"),
      object: "subscription",
      status: "incomplete",
      customer: form.get("customer") ?? "",
      metadata: metadata(),
      cancel_at_period_end: false,
      pause_collection: null,
      items: { object: "list", data: [{ id: id("si"), object: "subscription_item", price: { id: form.get("items[0][price]") ?? "", object: "price" }, quantity: Number(form.get("items[0][quantity]") ?? 1), current_period_end: Math.floor(Date.now() / 1000) + 30 * DAY }] },
      latest_invoice: id("in"),
      prorations: [],
    };
    subscriptions.set(subscription.id, subscription);
    return [200, withInvoice(subscription, form)];
  }
  const subscription = subscriptions.get(path.match(/^\/v1\/subscriptions\/(\w+)$/)?.[1] ?? "");
  if (!subscription) return [404, { error: { type: "invalid_request_error", message: "No such subscription" } }];
  if (method === "DELETE") {
    subscription.status = "canceled";
    subscription.cancel_at_period_end = false;
  }
  if (method === "POST") {
    if (form.has("pause_collection")) subscription.pause_collection = null;
    if (form.has("pause_collection[behavior]")) {
      const resumesAt = form.get("pause_collection[resumes_at]");
      subscription.pause_collection = { behavior: form.get("pause_collection[behavior]")!, resumes_at: resumesAt ? Number(resumesAt) : null };
    }
    if (form.has("cancel_at_period_end")) subscription.cancel_at_period_end = form.get("cancel_at_period_end") === "true";
    const item = subscription.items.data.find((i) => i.id === form.get("items[0][id]"));
    if (form.has("items[0][id]") && !item) return [400, { error: { type: "invalid_request_error", message: "No such subscription item" } }];
    if (item && form.has("items[0][price]")) item.price = { id: form.get("items[0][price]")!, object: "price" };
    if (item && form.has("items[0][quantity]")) item.quantity = Number(form.get("items[0][quantity]"));
    if (form.has("proration_behavior")) subscription.prorations.push(form.get("proration_behavior")!);
  }
  return [200, withInvoice(subscription, form)];
}

function withInvoice(subscription: FakeSubscription, form: URLSearchParams) {
  const answer: Partial<FakeSubscription> = { ...subscription };
  delete answer.prorations;
  if (form.get("expand[0]") !== "latest_invoice.confirmation_secret") return answer;
  const secret = subscription.status === "incomplete" ? { client_secret: `pi_${subscription.latest_invoice}_secret_fake`, type: "payment_intent" } : null;
  return { ...answer, latest_invoice: { id: subscription.latest_invoice, object: "invoice", confirmation_secret: secret } };
}
