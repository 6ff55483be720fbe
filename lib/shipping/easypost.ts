import { z } from "zod";
import { env } from "@/lib/env";
import { carrierRequest, CarrierError, dollarsToCents } from "./carrier-http";
import type { LiveShippingRate, Parcel, ShippingDestination } from "./schemas";

// A small client of EasyPost's v2 REST API (https://docs.easypost.com/docs/shipments):
// creating a Shipment rates it with every carrier of the account; Rates and Shipments can be
// retrieved by id, which is how checkout re-prices the rate a shopper chose.

export type EasyPostAccount = {
  apiKey: string;
  /** Default: env.EASYPOST_API_URL, read at call time so tests can point it at a fake. */
  baseUrl?: string;
  timeoutMs?: number;
};

/** Store.shipFromAddress, as the portal saves it. */
export const shipFromAddressSchema = z.object({
  name: z.string().nullish(),
  company: z.string().nullish(),
  line1: z.string().min(1),
  line2: z.string().nullish(),
  city: z.string().min(1),
  state: z.string().nullish(),
  postalCode: z.string().min(1),
  country: z.string().length(2),
  phone: z.string().nullish(),
});

export type ShipFromAddress = z.infer<typeof shipFromAddressSchema>;

/** Used when neither the request nor the store names a parcel: a small box of one pound. */
export const DEFAULT_PARCEL: Parcel = { lengthIn: 10, widthIn: 8, heightIn: 4, weightOz: 16 };

const rateSchema = z.object({
  id: z.string().min(1),
  carrier: z.string(),
  service: z.string(),
  rate: z.union([z.string(), z.number()]),
  currency: z.string().nullish(),
  delivery_days: z.number().int().nullish(),
  shipment_id: z.string().nullish(),
});

const shipmentSchema = z.object({
  id: z.string().min(1),
  to_address: z.object({ country: z.string().nullish(), state: z.string().nullish(), zip: z.string().nullish() }).nullish(),
  rates: z.array(rateSchema).nullish(),
});

type EasyPostRate = z.infer<typeof rateSchema>;
type EasyPostShipment = z.infer<typeof shipmentSchema>;

function call<S extends z.ZodType>(account: EasyPostAccount, method: "GET" | "POST", path: string, schema: S, body?: unknown) {
  const baseUrl = (account.baseUrl ?? env.EASYPOST_API_URL).replace(/\/+$/, "");
  return carrierRequest(
    {
      provider: "easypost",
      url: `${baseUrl}/v2${path}`,
      method,
      // EasyPost authenticates with HTTP Basic: the API key is the user name, the password empty.
      authorization: `Basic ${Buffer.from(`${account.apiKey}:`).toString("base64")}`,
      body,
      timeoutMs: account.timeoutMs,
    },
    schema,
  );
}

/** POST /v2/shipments: a shipment from the store to the destination, rated by EasyPost. */
export function createShipment(account: EasyPostAccount, from: ShipFromAddress, to: ShippingDestination, parcel: Parcel): Promise<EasyPostShipment> {
  const shipment = {
    from_address: {
      name: from.name ?? undefined,
      company: from.company ?? undefined,
      street1: from.line1,
      street2: from.line2 ?? undefined,
      city: from.city,
      state: from.state ?? undefined,
      zip: from.postalCode,
      country: from.country,
      phone: from.phone ?? undefined,
    },
    to_address: {
      name: to.recipientName ?? undefined,
      city: to.city ?? undefined,
      state: to.state ?? undefined,
      zip: to.postalCode ?? undefined,
      country: to.country,
      email: to.email ?? undefined,
    },
    parcel: { length: parcel.lengthIn, width: parcel.widthIn, height: parcel.heightIn, weight: parcel.weightOz },
  };
  return call(account, "POST", "/shipments", shipmentSchema, { shipment });
}

export const retrieveShipment = (account: EasyPostAccount, shipmentId: string) =>
  call(account, "GET", `/shipments/${encodeURIComponent(shipmentId)}`, shipmentSchema);

export const retrieveRate = (account: EasyPostAccount, rateId: string) =>
  call(account, "GET", `/rates/${encodeURIComponent(rateId)}`, rateSchema.extend({ shipment_id: z.string().min(1) }));

/** A rate in the store's currency as the API answers it; rates in another currency cannot be charged in its cents. */
export function toLiveRate(rate: EasyPostRate, shipmentId: string, currency: string): LiveShippingRate | null {
  if (rate.currency && rate.currency.toUpperCase() !== currency.toUpperCase()) return null;
  return {
    id: `live:${rate.id}`,
    name: `${rate.carrier} ${rate.service}`,
    rateType: "live",
    price: dollarsToCents("easypost", rate.rate),
    freeAbove: null,
    minDeliveryDays: rate.delivery_days ?? null,
    maxDeliveryDays: rate.delivery_days ?? null,
    zoneName: "Live carrier rate",
    provider: "easypost",
    carrier: rate.carrier,
    service: rate.service,
    shipmentId,
    rateToken: rate.id,
  };
}

/** GET /shipping, EasyPost part: the shipment's rates, cheapest first. */
export async function quoteEasyPost(
  account: EasyPostAccount,
  request: { from: ShipFromAddress; to: ShippingDestination; parcel: Parcel; currency: string },
): Promise<LiveShippingRate[]> {
  const shipment = await createShipment(account, request.from, request.to, request.parcel);
  return (shipment.rates ?? [])
    .map((rate) => toLiveRate(rate, shipment.id, request.currency))
    .filter((rate): rate is LiveShippingRate => rate !== null)
    .sort((a, b) => a.price - b.price);
}

/**
 * Checkout: the rate `rateId` priced by EasyPost now, or null when EasyPost does not know it for
 * this account or it was quoted for another destination. Only the rate id travels in
 * shippingRateId ("live:<rateId>"); the rate names its shipment, whose address we compare.
 */
export async function priceEasyPostRate(
  account: EasyPostAccount,
  rateId: string,
  destination: ShippingDestination,
  currency: string,
): Promise<LiveShippingRate | null> {
  const rate = await retrieveRate(account, rateId).catch(nullWhenUnknown);
  if (!rate) return null;
  const shipment = await retrieveShipment(account, rate.shipment_id).catch(nullWhenUnknown);
  if (!shipment || !sameDestination(shipment.to_address, destination)) return null;
  const current = shipment.rates?.find((r) => r.id === rateId);
  return current ? toLiveRate(current, shipment.id, currency) : null;
}

// EasyPost answers 404 for another account's or a made-up id, 4xx for a malformed one.
function nullWhenUnknown(error: unknown): null {
  if (error instanceof CarrierError && error.status !== null && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429) return null;
  throw error;
}

const postal = (code: string | null | undefined) => (code ?? "").replace(/[^0-9a-z]/gi, "").toUpperCase();

function sameDestination(quoted: EasyPostShipment["to_address"], destination: ShippingDestination): boolean {
  if (!quoted?.country || quoted.country.toUpperCase() !== destination.country.toUpperCase()) return false;
  const [a, b] = [postal(quoted.zip), postal(destination.postalCode)];
  // A ZIP+4 on one side still names the same 5-digit ZIP.
  const zipPlusFour = Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
  if (!a || !(a === b || zipPlusFour)) return false;
  const [s, t] = [quoted.state?.toUpperCase(), destination.state?.toUpperCase()];
  return !s || !t || s === t;
}
