import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback, readBody } from "./loopback-server";

// A stand-in for EasyPost's v2 API on loopback: POST /v2/shipments rates a shipment,
// GET /v2/shipments/:id and GET /v2/rates/:id read it back. It checks what a real EasyPost would
// refuse (Basic auth with a known key, the path, the shipment's addresses and parcel), keeps each
// key's shipments apart as separate accounts would, and records every request for assertions.

export type RecordedRequest = { method: string; path: string; authorization: string | undefined; body: unknown };
export type RateTemplate = { carrier: string; service: string; rate: string; delivery_days: number | null; currency?: string };
type Rate = RateTemplate & { id: string; object: "Rate"; shipment_id: string; currency: string };
type Shipment = { id: string; object: "Shipment"; to_address: Record<string, unknown>; from_address: Record<string, unknown>; parcel: Record<string, unknown>; rates: Rate[] };

export const EASYPOST_RATES: RateTemplate[] = [
  { carrier: "USPS", service: "Priority", rate: "9.95", delivery_days: 2 },
  { carrier: "USPS", service: "GroundAdvantage", rate: "6.4", delivery_days: 5 },
  { carrier: "UPS", service: "NextDayAir", rate: "42.10", delivery_days: 1 },
];

export type FakeEasyPost = Awaited<ReturnType<typeof startFakeEasyPost>>;

export async function startFakeEasyPost(apiKeys: string[]) {
  const state = {
    requests: [] as RecordedRequest[],
    rates: EASYPOST_RATES,
    /** "ok", an HTTP status to fail every call with, or "hang" to never answer. */
    mode: "ok" as "ok" | "hang" | number,
    shipments: new Map<string, Shipment>(),
  };
  // Which key created each shipment: another account's shipments and rates are not found.
  const owners = new Map<string, string>();
  let next = 1;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const text = await readBody(req);
    const body = text ? JSON.parse(text) : undefined;
    const path = req.url ?? "";
    state.requests.push({ method: req.method ?? "", path, authorization: req.headers.authorization, body });
    if (state.mode === "hang") return;
    if (typeof state.mode === "number") return send(res, state.mode, error("INTERNAL_SERVER_ERROR", "Something went wrong"));
    const apiKey = apiKeys.find((key) => req.headers.authorization === `Basic ${Buffer.from(`${key}:`).toString("base64")}`);
    if (!apiKey) return send(res, 401, error("APIKEY.INACTIVE", "This api key is no longer active."));

    if (req.method === "POST" && path === "/v2/shipments") {
      const problem = shipmentProblem(body);
      if (problem) return send(res, 422, error("SHIPMENT.INVALID_PARAMS", problem));
      const id = `shp_${next++}`;
      const rates = state.rates.map((r, i) => ({ ...r, currency: r.currency ?? "USD", id: `rate_${id.slice(4)}_${i}`, object: "Rate" as const, shipment_id: id }));
      const shipment: Shipment = { id, object: "Shipment", ...body.shipment, rates };
      state.shipments.set(id, shipment);
      owners.set(id, apiKey);
      return send(res, 201, shipment);
    }
    const shipmentMatch = req.method === "GET" && /^\/v2\/shipments\/([^/]+)$/.exec(path);
    if (shipmentMatch) {
      const shipmentId = decodeURIComponent(shipmentMatch[1]);
      const shipment = state.shipments.get(shipmentId);
      return shipment && owners.get(shipmentId) === apiKey ? send(res, 200, shipment) : notFound(res);
    }
    const rateMatch = req.method === "GET" && /^\/v2\/rates\/([^/]+)$/.exec(path);
    if (rateMatch) {
      const rateId = decodeURIComponent(rateMatch[1]);
      const shipment = [...state.shipments.values()].find((s) => owners.get(s.id) === apiKey && s.rates.some((r) => r.id === rateId));
      return shipment ? send(res, 200, shipment.rates.find((r) => r.id === rateId)) : notFound(res);
    }
    return notFound(res);
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => send(res, 400, error("BAD_REQUEST", "Malformed request"))));
  const { url, close } = await listenOnLoopback(server);
  return Object.assign(state, {
    url,
    /** Reprices a quoted rate, as carriers do between quote and checkout. */
    setRatePrice(rateId: string, rate: string) {
      for (const shipment of state.shipments.values()) for (const r of shipment.rates) if (r.id === rateId) r.rate = rate;
    },
    reset() {
      state.requests.length = 0;
      state.mode = "ok";
      state.rates = EASYPOST_RATES;
    },
    close,
  });
}

function shipmentProblem(body: unknown): string | null {
  const shipment = (body as { shipment?: Record<string, Record<string, unknown>> } | undefined)?.shipment;
  if (!shipment) return "Wrapped parameter 'shipment' is missing.";
  const { from_address: from, to_address: to, parcel } = shipment;
  if (!from?.street1 || !from.zip || !from.country) return "from_address needs street1, zip and country.";
  if (!to?.zip || !to.country) return "to_address needs zip and country.";
  if (!(Number(parcel?.weight) > 0)) return "parcel needs a positive weight.";
  return null;
}

const error = (code: string, message: string) => ({ error: { code, message, errors: [] } });
const notFound = (res: ServerResponse) => send(res, 404, error("NOT_FOUND", "The requested resource could not be found."));

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
