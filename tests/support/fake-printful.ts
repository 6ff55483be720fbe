import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback, readBody } from "./loopback-server";

// A stand-in for Printful's Shipping Rate API on loopback: POST /shipping/rates with a Bearer
// token answers { code: 200, result: [shipping methods] }. It refuses what Printful would (an
// unknown token, another path, a recipient without country_code, no items) and records every
// request so tests can assert what was sent.

export type RecordedRequest = { method: string; path: string; authorization: string | undefined; body: unknown };
export type ShippingMethod = { id: string; name: string; rate: string; currency: string; minDeliveryDays: number; maxDeliveryDays: number };

export const PRINTFUL_METHODS: ShippingMethod[] = [
  { id: "STANDARD", name: "Flat Rate (Estimated delivery: 4-7 business days)", rate: "4.99", currency: "USD", minDeliveryDays: 4, maxDeliveryDays: 7 },
  { id: "EXPRESS", name: "Express (Estimated delivery: 2-3 business days)", rate: "14.5", currency: "USD", minDeliveryDays: 2, maxDeliveryDays: 3 },
];

type Item = { variant_id?: unknown; quantity?: unknown };

export type FakePrintful = Awaited<ReturnType<typeof startFakePrintful>>;

export async function startFakePrintful(apiKeys: string[]) {
  const state = {
    requests: [] as RecordedRequest[],
    methods: PRINTFUL_METHODS,
    /** "ok", an HTTP status to fail every call with, or "hang" to never answer. */
    mode: "ok" as "ok" | "hang" | number,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await readBody(req);
    const body = text ? JSON.parse(text) : undefined;
    const path = req.url ?? "";
    state.requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization, body });
    if (state.mode === "hang") return;
    if (typeof state.mode === "number") return send(res, state.mode, failure(state.mode, "InternalServerError", "Internal error"));
    if (!apiKeys.some((key) => req.headers.authorization === `Bearer ${key}`)) {
      return send(res, 401, failure(401, "Unauthorized", "Malformed or missing access token"));
    }
    if (req.method !== "POST" || path !== "/shipping/rates") return send(res, 404, failure(404, "NotFound", "Not found"));
    const problem = requestProblem(body);
    if (problem) return send(res, 400, failure(400, "BadRequest", problem));
    return send(res, 200, { code: 200, result: state.methods, extra: [] });
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => send(res, 400, failure(400, "BadRequest", "Malformed request"))));
  const { url, close } = await listenOnLoopback(server);
  return Object.assign(state, {
    url,
    reset() {
      state.requests.length = 0;
      state.mode = "ok";
      state.methods = PRINTFUL_METHODS;
    },
    close,
  });
}

function requestProblem(body: unknown): string | null {
  const { recipient, items } = (body ?? {}) as { recipient?: Record<string, unknown>; items?: Item[] };
  if (typeof recipient?.country_code !== "string") return "Recipient: country_code is missing";
  if (!Array.isArray(items) || items.length === 0) return "Items: the list is empty";
  const bad = items.find((item) => item.variant_id === undefined || !(Number(item.quantity) >= 1));
  return bad ? "Items: each item needs a variant_id and a quantity" : null;
}

const failure = (code: number, reason: string, message: string) => ({ code, result: message, error: { reason, message } });

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
