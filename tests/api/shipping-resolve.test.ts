import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getShippingRates, resolveShippingRate } from "@/lib/shipping/get-shipping-rates";
import { shippingQuerySchema, type LiveShippingRate, type ShippingDestination } from "@/lib/shipping/schemas";
import { fakeCarriersForThisFile } from "../support/fake-carriers";
import { createProductWithVariants, createSite } from "../support/fixtures";

// resolveShippingRate is what POST /checkout calls with the shopper's shippingRateId.

const KEYS = { easypost: ["EZTK_resolve_a", "EZTK_resolve_b"], printful: "pf_resolve_a" };
const SHIP_FROM = { line1: "200 Harbor Way", city: "Portland", state: "OR", postalCode: "97201", country: "US" };
const PORTLAND: ShippingDestination = { country: "US", state: "OR", postalCode: "97201", city: "Portland" };

const carriers = fakeCarriersForThisFile({ easypost: KEYS.easypost, printful: [KEYS.printful] });
let siteId: number;
let otherSiteId: number;
let zones: { state: { id: number; rates: { id: number }[] }; country: { id: number; rates: { id: number }[] } };
let shirt: Awaited<ReturnType<typeof createProductWithVariants>>;

async function createStoreSite(store: Record<string, unknown>) {
  const site = await createSite();
  await db().store.update({ where: { siteId: site.id }, data: store });
  return site.id;
}

const zone = (site: number, data: { name: string; countries: string[]; states?: string[] }, rates: { name: string; price: number; freeAbove?: number; active?: boolean }[]) =>
  db().shippingZone.create({ data: { siteId: site, ...data, rates: { create: rates } }, include: { rates: { orderBy: { id: "asc" } } } });

/** Quotes a destination as GET /shipping would, and answers its live rates. */
async function quote(site: number, query: Record<string, string>): Promise<LiveShippingRate[]> {
  const rates = await getShippingRates({ siteId: site, ...shippingQuerySchema.parse(query) });
  return rates.filter((rate): rate is LiveShippingRate => rate.rateType === "live");
}

const resolve = (shippingRateId: number | string, destination: ShippingDestination = PORTLAND, site = siteId, items?: { productId?: number; variantId?: number; quantity: number }[]) =>
  resolveShippingRate({ siteId: site, shippingRateId, destination, items });
const invalid = { code: "validation_error", status: 400, message: "Invalid shipping rate" };

beforeAll(async () => {
  siteId = await createStoreSite({ easypostApiKey: KEYS.easypost[0], printfulApiKey: KEYS.printful, shipFromAddress: SHIP_FROM });
  otherSiteId = await createStoreSite({ easypostApiKey: KEYS.easypost[1], shipFromAddress: SHIP_FROM });
  zones = {
    state: await zone(siteId, { name: "Oregon", countries: ["US"], states: ["OR"] }, [{ name: "Local", price: 495, freeAbove: 4000 }, { name: "Retired", price: 100, active: false }]),
    country: await zone(siteId, { name: "Domestic", countries: ["US"] }, [{ name: "Standard", price: 595, freeAbove: 5000 }]),
  };
  shirt = await createProductWithVariants(siteId, [{ size: "S", inventory: 9 }, { size: "M", inventory: 9 }]);
  await db().productVariant.update({ where: { id: shirt.variants[0].id }, data: { printfulVariantId: "4012" } });
});


describe("resolveShippingRate: manual rates", () => {
  it("answers an active rate of the zone that serves the destination, by number or numeric string", async () => {
    const local = zones.state.rates[0].id;
    const expected = { id: local, name: "Local", price: 495, freeAbove: 4000, carrier: null, service: null, provider: "manual" };
    expect(await resolve(local)).toEqual(expected);
    expect(await resolve(String(local), { country: "us", state: "or" })).toEqual(expected);
    expect(await resolve(zones.country.rates[0].id, { country: "US", state: "NY" })).toMatchObject({ name: "Standard", price: 595, freeAbove: 5000 });
  });

  it("refuses an inactive rate, a rate of a zone that does not serve the destination, another site's rate and unknown ids", async () => {
    const otherZone = await zone(otherSiteId, { name: "Everywhere", countries: [] }, [{ name: "Other site", price: 1 }]);
    const world = await zone(siteId, { name: "World", countries: [] }, [{ name: "International", price: 2495 }]);
    expect(await resolve(world.rates[0].id, { country: "FR" })).toMatchObject({ name: "International", price: 2495 });
    const cases: [number | string, ShippingDestination?][] = [
      [zones.state.rates[1].id],
      [zones.country.rates[0].id],
      [zones.state.rates[0].id, { country: "US", state: "NY" }],
      [zones.state.rates[0].id, { country: "CA", state: "OR" }],
      [otherZone.rates[0].id],
      [world.rates[0].id, { country: "" }],
      [world.rates[0].id, { country: "France" }],
      [2_000_000_000],
      ["0"],
      ["12abc"],
      ["ups:rate_1"],
      [""],
    ];
    for (const [id, destination] of cases) await expect(resolve(id, destination)).rejects.toMatchObject(invalid);
  });
});

describe("resolveShippingRate: EasyPost rates", () => {
  it("prices a quoted rate by asking EasyPost for the rate and its shipment again, at today's price", async () => {
    const [cheapest] = await quote(siteId, { country: "US", state: "OR", postalCode: "97201" });
    carriers.easypost.requests.length = 0;
    carriers.easypost.setRatePrice(cheapest.rateToken, "7.15");
    expect(await resolve(cheapest.id)).toEqual({ id: cheapest.id, name: cheapest.name, price: 715, freeAbove: null, carrier: "USPS", service: "GroundAdvantage", provider: "easypost" });
    const auth = `Basic ${Buffer.from(`${KEYS.easypost[0]}:`).toString("base64")}`;
    expect(carriers.easypost.requests).toEqual([
      { method: "GET", path: `/v2/rates/${cheapest.rateToken}`, authorization: auth, body: undefined },
      { method: "GET", path: `/v2/shipments/${cheapest.shipmentId}`, authorization: auth, body: undefined },
    ]);
  });

  it("accepts the ZIP+4 of the quoted ZIP, and refuses another destination", async () => {
    const [rate] = await quote(siteId, { country: "US", state: "OR", postalCode: "97201" });
    expect(await resolve(rate.id, { ...PORTLAND, postalCode: "97201-1234" })).toMatchObject({ id: rate.id });
    for (const destination of [{ ...PORTLAND, postalCode: "10001" }, { ...PORTLAND, postalCode: null }, { ...PORTLAND, state: "WA" }, { ...PORTLAND, country: "CA" }]) {
      await expect(resolve(rate.id, destination)).rejects.toMatchObject(invalid);
    }
  });

  it("refuses a rate EasyPost does not know for this store's account, and live ids on a store without EasyPost", async () => {
    const [rate] = await quote(siteId, { country: "US", state: "OR", postalCode: "97201" });
    await expect(resolve("live:rate_made_up")).rejects.toMatchObject(invalid);
    await expect(resolve(rate.id, PORTLAND, otherSiteId)).rejects.toMatchObject(invalid);
    const plain = (await createSite()).id;
    await expect(resolve(rate.id, PORTLAND, plain)).rejects.toMatchObject(invalid);
  });

  it("answers 503 when EasyPost cannot be reached at checkout, without guessing a price", async () => {
    const [rate] = await quote(siteId, { country: "US", state: "OR", postalCode: "97201" });
    carriers.easypost.mode = 502;
    await expect(resolve(rate.id)).rejects.toMatchObject({ code: "service_unavailable", status: 503 });
    carriers.easypost.mode = "hang";
    await expect(resolveShippingRate({ siteId, shippingRateId: rate.id, destination: PORTLAND, timeoutMs: 200 })).rejects.toMatchObject({ code: "service_unavailable" });
    expect(JSON.stringify(carriers.errors.mock.calls)).not.toContain(KEYS.easypost[0]);
  });
});

describe("resolveShippingRate: Printful rates", () => {
  const lines = () => [{ productId: shirt.product.id, variantId: shirt.variants[0].id, quantity: 3 }];

  it("re-quotes the order's Printful items and answers the chosen method's price", async () => {
    carriers.printful.methods = carriers.printful.methods.map((m) => (m.id === "STANDARD" ? { ...m, rate: "6.25" } : m));
    expect(await resolve("printful:STANDARD", PORTLAND, siteId, lines())).toEqual({
      id: "printful:STANDARD",
      name: "Flat Rate (Estimated delivery: 4-7 business days)",
      price: 625,
      freeAbove: null,
      carrier: "Printful",
      service: "STANDARD",
      provider: "printful",
    });
    expect(carriers.printful.requests[0].body).toMatchObject({ items: [{ variant_id: "4012", quantity: 3 }], recipient: { country_code: "US", state_code: "OR", zip: "97201" } });
  });

  it("refuses a method Printful no longer offers, an order without Printful items, and a store without Printful", async () => {
    carriers.printful.methods = carriers.printful.methods.filter((m) => m.id !== "EXPRESS");
    await expect(resolve("printful:EXPRESS", PORTLAND, siteId, lines())).rejects.toMatchObject(invalid);
    await expect(resolve("printful:STANDARD", PORTLAND, siteId, [{ productId: shirt.product.id, variantId: shirt.variants[1].id, quantity: 1 }])).rejects.toMatchObject(invalid);
    await expect(resolve("printful:STANDARD", PORTLAND, siteId)).rejects.toMatchObject(invalid);
    await expect(resolve("printful:STANDARD", PORTLAND, otherSiteId, lines())).rejects.toMatchObject(invalid);
  });

  it("answers 503 when Printful fails at checkout", async () => {
    carriers.printful.mode = 500;
    await expect(resolve("printful:STANDARD", PORTLAND, siteId, lines())).rejects.toMatchObject({ code: "service_unavailable", status: 503 });
  });
});
