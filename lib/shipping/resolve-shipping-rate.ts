import { ApiError } from "@/lib/api/errors";
import { CarrierError } from "./carrier-http";
import { getCarrierSettings } from "./carrier-settings";
import { priceEasyPostRate } from "./easypost";
import { listManualRates } from "./manual-rates";
import { quotePrintful } from "./printful";
import { printfulItemsFor, type ShippingLine } from "./printful-items";
import type { LiveShippingRate, ResolvedShippingRate, ShippingDestination } from "./schemas";

export type ResolveShippingRateInput = {
  siteId: number;
  /** An id from GET /shipping: a manual rate's number, "live:<EasyPost rate id>" or "printful:<method id>". */
  shippingRateId: number | string;
  destination: ShippingDestination;
  /** The order's lines; Printful rates are re-quoted for them. */
  items?: ShippingLine[];
  timeoutMs?: number;
};

const invalidRate = () => new ApiError("validation_error", "Invalid shipping rate");

/**
 * Checkout: the chosen shipping rate, priced now and for this destination. A manual rate must be
 * one GET /shipping offers for the destination (active, of the zone that answers for it). A live
 * rate is never taken from the client: EasyPost is asked for the rate again (it names its
 * shipment, whose address must match), Printful re-quotes the items and must still offer the method.
 * Anything else is 400 "Invalid shipping rate"; a provider that cannot be reached is 503.
 */
export async function resolveShippingRate(input: ResolveShippingRateInput): Promise<ResolvedShippingRate> {
  const destination = normalise(input.destination);
  // A rate is only valid for somewhere: without a country there is no zone or quote to check it against.
  if (!/^[A-Z]{2}$/.test(destination.country)) throw invalidRate();
  const id = typeof input.shippingRateId === "number" ? String(input.shippingRateId) : input.shippingRateId.trim();

  if (/^[1-9]\d{0,9}$/.test(id)) {
    const rate = (await listManualRates(input.siteId, destination)).find((r) => r.id === Number(id));
    if (!rate) throw invalidRate();
    return { id: rate.id, name: rate.name, price: rate.price, freeAbove: rate.freeAbove, carrier: null, service: null, provider: "manual" };
  }

  const [, prefix, providerId] = /^(live|printful):(.+)$/.exec(id) ?? [];
  if (!prefix) throw invalidRate();
  const settings = await getCarrierSettings(input.siteId);
  const live = await askProvider(prefix === "live" ? "EasyPost" : "Printful", async (): Promise<LiveShippingRate | null> => {
    if (prefix === "live") {
      if (!settings.easypost) return null;
      return priceEasyPostRate({ ...settings.easypost, timeoutMs: input.timeoutMs }, providerId, destination, settings.currency);
    }
    if (!settings.printful) return null;
    const items = await printfulItemsFor(input.siteId, input.items ?? []);
    if (items.length === 0) return null;
    const rates = await quotePrintful({ ...settings.printful, timeoutMs: input.timeoutMs }, { recipient: destination, items, currency: settings.currency });
    return rates.find((rate) => rate.id === id) ?? null;
  });
  if (!live) throw invalidRate();
  return { id: live.id, name: live.name, price: live.price, freeAbove: null, carrier: live.carrier, service: live.service, provider: live.provider };
}

async function askProvider(provider: "EasyPost" | "Printful", ask: () => Promise<LiveShippingRate | null>) {
  try {
    return await ask();
  } catch (error) {
    if (!(error instanceof CarrierError)) throw error;
    console.error(`[shipping] checkout could not price a live rate – ${error.message}`);
    throw new ApiError("service_unavailable", `${provider} shipping rates are unavailable right now; try again or choose another rate`);
  }
}

function normalise(destination: ShippingDestination): ShippingDestination {
  return {
    ...destination,
    country: (destination.country ?? "").trim().toUpperCase(),
    state: destination.state?.trim().toUpperCase() || null,
    postalCode: destination.postalCode?.trim() || null,
    city: destination.city?.trim() || null,
  };
}
