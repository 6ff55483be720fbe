import { CarrierError } from "./carrier-http";
import { getCarrierSettings, type CarrierSettings } from "./carrier-settings";
import { DEFAULT_PARCEL, quoteEasyPost } from "./easypost";
import { listManualRates } from "./manual-rates";
import { quotePrintful } from "./printful";
import { printfulItemsFor } from "./printful-items";
import type { LiveShippingRate, ShippingDestination, ShippingQuery, ShippingRateView } from "./schemas";

export { resolveShippingRate } from "./resolve-shipping-rate";

export type GetShippingRatesInput = ShippingQuery & { siteId: number };

/**
 * GET /shipping: the portal's rates for the destination, then EasyPost's and Printful's live
 * rates when the store is set up for them. The providers are asked in parallel; one that fails
 * or is slower than `timeoutMs` is logged and left out, so the portal's rates always answer.
 */
export async function getShippingRates(input: GetShippingRatesInput, options: { timeoutMs?: number } = {}): Promise<ShippingRateView[]> {
  const { siteId } = input;
  const destination: ShippingDestination = {
    country: input.country,
    state: input.state,
    postalCode: input.postalCode,
    city: input.city,
    recipientName: input.recipientName,
    email: input.email,
  };
  const settings = await getCarrierSettings(siteId);
  const [manual, easypost, printful] = await Promise.all([
    listManualRates(siteId, destination),
    leftOutOnFailure("easypost", () => easyPostRates(settings, destination, input, options.timeoutMs)),
    leftOutOnFailure("printful", () => printfulRates(siteId, settings, destination, input, options.timeoutMs)),
  ]);
  return [...manual, ...easypost, ...printful];
}

// EasyPost rates a parcel between two postal codes; without the shopper's there is nothing to rate.
async function easyPostRates(settings: CarrierSettings, to: ShippingDestination, input: GetShippingRatesInput, timeoutMs?: number) {
  const account = settings.easypost;
  if (!account || !to.postalCode) return [];
  const parcel = input.parcel ?? account.defaultParcel ?? DEFAULT_PARCEL;
  return quoteEasyPost({ ...account, timeoutMs }, { from: account.from, to, parcel, currency: settings.currency });
}

async function printfulRates(siteId: number, settings: CarrierSettings, recipient: ShippingDestination, input: GetShippingRatesInput, timeoutMs?: number) {
  if (!settings.printful) return [];
  const lines = [
    ...(input.variantIds ?? []).map((variantId) => ({ variantId, quantity: 1 })),
    ...(input.productIds ?? []).map((productId) => ({ productId, quantity: 1 })),
  ];
  const items = lines.length ? await printfulItemsFor(siteId, lines) : [];
  if (items.length === 0) return [];
  return quotePrintful({ ...settings.printful, timeoutMs }, { recipient, items, currency: settings.currency });
}

async function leftOutOnFailure(provider: string, quote: () => Promise<LiveShippingRate[]>): Promise<LiveShippingRate[]> {
  try {
    return await quote();
  } catch (error) {
    // Only the message: a CarrierError never holds the request, so the store's key stays out of logs.
    const reason = error instanceof CarrierError ? error.message : `${provider}: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`[shipping] live rates left out – ${reason}`);
    return [];
  }
}
