import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { listenOnLoopback, readBody } from "./loopback-server";

// A fake of the slice of Stripe's API our server uses, on loopback: PaymentIntents created,
// retrieved and cancelled, with Idempotency-Key replay. Tests move intents along by hand, and can
// make creation fail or stall.

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

export type FakeStripe = {
  url: string;
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
    const form = new URLSearchParams(await readBody(request));
    const path = (request.url ?? "").split("?")[0];
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
    const match = path.match(/^\/v1\/payment_intents\/([\w]+)(\/cancel)?$/);
    const intent = match ? intents.get(match[1]) : undefined;
    if (!intent) return send(404, { error: { type: "invalid_request_error", message: "No such payment_intent" } });
    if (request.method === "POST" && match?.[2]) intent.status = "canceled";
    return send(200, intent);
  });
  const { url, close } = await listenOnLoopback(server);
  return {
    url,
    intents,
    refunds,
    requests,
    failNextCreates: (n) => {
      failures = n;
    },
    failNextRefundAnswers: (n) => {
      refundAnswerFailures = n;
    },
    pauseCreates: () => {
      let resume = () => {};
      paused = new Promise((resolve) => (resume = resolve));
      return () => {
        paused = null;
        resume();
      };
    },
    stallCreates: (when) => {
      stall = when;
    },
    nextRequest: (method, path) => new Promise<void>((arrived) => waiting.push({ method, path, arrived })),
    close,
  };
}
