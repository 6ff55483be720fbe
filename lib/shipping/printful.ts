import { z } from "zod";
import { env } from "@/lib/env";
import { carrierRequest, dollarsToCents } from "./carrier-http";
import type { LiveShippingRate, ShippingDestination } from "./schemas";

// A small client of Printful's Shipping Rate API (POST /shipping/rates,
// https://developers.printful.com/docs/#tag/Shipping-Rate-API): the shipping methods and prices
// Printful offers for a set of catalogue variants to a recipient.

export type PrintfulAccount = {
  apiKey: string;
  /** Default: env.PRINTFUL_API_URL, read at call time so tests can point it at a fake. */
  baseUrl?: string;
  timeoutMs?: number;
};

/** One line of a Printful quote: a Printful catalogue variant id and how many. */
export type PrintfulItem = { variantId: string; quantity: number };

const shippingInfoSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  rate: z.union([z.string(), z.number()]),
  currency: z.string().nullish(),
  minDeliveryDays: z.number().int().nullish(),
  maxDeliveryDays: z.number().int().nullish(),
});

const responseSchema = z.object({ result: z.array(shippingInfoSchema) });

type ShippingInfo = z.infer<typeof shippingInfoSchema>;

/** POST /shipping/rates, in the store's currency. */
export async function calculateShippingRates(
  account: PrintfulAccount,
  request: { recipient: ShippingDestination; items: PrintfulItem[]; currency: string },
): Promise<ShippingInfo[]> {
  const { recipient } = request;
  const baseUrl = (account.baseUrl ?? env.PRINTFUL_API_URL).replace(/\/+$/, "");
  const body = {
    recipient: {
      name: recipient.recipientName ?? "Customer",
      email: recipient.email ?? undefined,
      city: recipient.city ?? undefined,
      state_code: recipient.state ?? undefined,
      country_code: recipient.country,
      zip: recipient.postalCode ?? undefined,
    },
    items: request.items.map((item) => ({ variant_id: item.variantId, quantity: item.quantity })),
    currency: request.currency,
    locale: "en_US",
  };
  const answer = await carrierRequest(
    { provider: "printful", url: `${baseUrl}/shipping/rates`, method: "POST", authorization: `Bearer ${account.apiKey}`, body, timeoutMs: account.timeoutMs },
    responseSchema,
  );
  return answer.result;
}

/** A Printful method as a live rate; one quoted in another currency than the store's is left out. */
export function toLiveRate(info: ShippingInfo, currency: string): LiveShippingRate | null {
  if (info.currency && info.currency.toUpperCase() !== currency.toUpperCase()) return null;
  return {
    id: `printful:${info.id}`,
    name: info.name,
    rateType: "live",
    price: dollarsToCents("printful", info.rate),
    freeAbove: null,
    minDeliveryDays: info.minDeliveryDays ?? null,
    maxDeliveryDays: info.maxDeliveryDays ?? null,
    zoneName: "Print-on-demand rate",
    provider: "printful",
    carrier: "Printful",
    service: info.id,
    shipmentId: null,
    rateToken: info.id,
  };
}

/** GET /shipping, Printful part; checkout re-quotes the same way and picks the chosen method. */
export async function quotePrintful(
  account: PrintfulAccount,
  request: { recipient: ShippingDestination; items: PrintfulItem[]; currency: string },
): Promise<LiveShippingRate[]> {
  const methods = await calculateShippingRates(account, request);
  return methods.map((info) => toLiveRate(info, request.currency)).filter((rate): rate is LiveShippingRate => rate !== null);
}
