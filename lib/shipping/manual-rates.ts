import { db } from "@/lib/db";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import type { ManualShippingRate, ShippingDestination } from "./schemas";

type Zone = { id: number; name: string; countries: string[]; states: string[]; order: number };

const upper = (codes: string[]) => codes.map((code) => code.trim().toUpperCase());

/**
 * How closely a zone fits the destination, or null when it does not cover it: a zone naming the
 * country and the state (3) beats one naming the country for every state (2), which beats a
 * rest-of-world zone (1). A zone listing states covers only those, so an unknown state misses it.
 */
export function zoneSpecificity(zone: Pick<Zone, "countries" | "states">, destination: ShippingDestination): number | null {
  const countries = upper(zone.countries);
  const states = upper(zone.states);
  const country = destination.country.toUpperCase();
  const state = destination.state?.toUpperCase();
  if (countries.length > 0 && !countries.includes(country)) return null;
  if (states.length > 0 && !(state && states.includes(state))) return null;
  if (countries.length === 0) return 1;
  return states.length > 0 ? 3 : 2;
}

/** The zone that answers for a destination: the most specific one, the lowest `order` among equals. */
export function pickZone<Z extends Zone>(zones: Z[], destination: ShippingDestination): Z | null {
  let best: { zone: Z; score: number } | null = null;
  for (const zone of zones) {
    const score = zoneSpecificity(zone, destination);
    if (score === null) continue;
    const better =
      !best || score > best.score || (score === best.score && (zone.order < best.zone.order || (zone.order === best.zone.order && zone.id < best.zone.id)));
    if (better) best = { zone, score };
  }
  return best?.zone ?? null;
}

/**
 * GET /shipping, portal part: the active rates of the site's most specific zone for the
 * destination, in rate order. freeAbove is reported, not applied: checkout knows the subtotal.
 */
export async function listManualRates(siteId: number, destination: ShippingDestination): Promise<ManualShippingRate[]> {
  // A site has a handful of zones, cached with its catalogue; matching them here keeps codes case-insensitive.
  const zones = await cachedCatalogRead(siteId, "shipping-zones", () => readZones(siteId));
  const zone = pickZone(zones, destination);
  if (!zone) return [];
  return zone.rates.map((rate) => ({
    ...rate,
    // A "free" rate costs nothing whatever its price column holds.
    price: rate.rateType === "free" ? 0 : rate.price,
    zoneName: zone.name,
  }));
}

function readZones(siteId: number) {
  return db().shippingZone.findMany({
    where: { siteId },
    select: {
      id: true,
      name: true,
      countries: true,
      states: true,
      order: true,
      rates: {
        where: { active: true },
        orderBy: [{ order: "asc" }, { id: "asc" }],
        select: { id: true, name: true, rateType: true, price: true, freeAbove: true, minDeliveryDays: true, maxDeliveryDays: true },
      },
    },
  });
}
