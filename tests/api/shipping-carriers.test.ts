import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import * as shippingRoute from "@/app/api/storefront/[siteId]/shipping/route";
import { db } from "@/lib/db";
import { getShippingRates } from "@/lib/shipping/get-shipping-rates";
import { liveShippingRateSchema, manualShippingRateSchema, shippingQuerySchema } from "@/lib/shipping/schemas";
import { callRoute } from "../support/api";
import { fakeCarriersForThisFile } from "../support/fake-carriers";
import { createProduct, createProductWithVariants, createSite } from "../support/fixtures";

const EASYPOST_KEY = "EZTK_carriers_test_key";
const PRINTFUL_KEY = "pf_carriers_test_key";
const SHIP_FROM = { name: "Maple & Thread", line1: "200 Harbor Way", city: "Portland", state: "OR", postalCode: "97201", country: "US" };

const carriers = fakeCarriersForThisFile({ easypost: [EASYPOST_KEY], printful: [PRINTFUL_KEY] });
let siteId: number;
let tee: Awaited<ReturnType<typeof createProductWithVariants>>;
let poster: { id: number };
let mug: { id: number };

const getShipping = (query: string, site = siteId) =>
  callRoute(shippingRoute.GET, `/api/storefront/${site}/shipping${query}`, { params: { siteId: String(site) } });
const live = (data: { rateType: string }[]) => z.array(liveShippingRateSchema.strict()).parse(data.filter((r) => r.rateType === "live"));
const lastShipment = () => [...carriers.easypost.shipments.values()].at(-1)!;

async function createCarrierSite(store: Record<string, unknown>) {
  const site = await createSite();
  await db().store.update({ where: { siteId: site.id }, data: store });
  await db().shippingZone.create({ data: { siteId: site.id, name: "Domestic", countries: ["US"], rates: { create: [{ name: "Standard Shipping", price: 595 }] } } });
  return site.id;
}

beforeAll(async () => {
  siteId = await createCarrierSite({
    easypostApiKey: EASYPOST_KEY,
    printfulApiKey: PRINTFUL_KEY,
    shipFromAddress: SHIP_FROM,
    defaultParcel: { lengthIn: 12, widthIn: 9, heightIn: 3, weightOz: 20 },
  });
  tee = await createProductWithVariants(siteId, [{ size: "S", inventory: 5 }, { size: "M", inventory: 5 }, { size: "XL", inventory: 5 }]);
  await db().productVariant.update({ where: { id: tee.variants[0].id }, data: { printfulVariantId: "4012" } });
  await db().productVariant.update({ where: { id: tee.variants[1].id }, data: { printfulVariantId: "4013" } });
  poster = await createProduct(siteId, { printfulProductId: "9001" });
  mug = await createProduct(siteId);
});


describe("GET /shipping with EasyPost", () => {
  it("adds EasyPost's rates after the manual ones, cheapest first, in the spec's shape", async () => {
    const { status, body } = await getShipping("?country=US&state=OR&postalCode=97201&city=Portland");
    expect(status).toBe(200);
    expect(manualShippingRateSchema.strict().parse(body.data[0]).name).toBe("Standard Shipping");
    const shipment = lastShipment();
    const rateId = (service: string) => shipment.rates.find((r) => r.service === service)!.id;
    const expected = (service: string, carrier: string, price: number, days: number) => ({
      id: `live:${rateId(service)}`,
      name: `${carrier} ${service}`,
      rateType: "live",
      price,
      freeAbove: null,
      minDeliveryDays: days,
      maxDeliveryDays: days,
      zoneName: "Live carrier rate",
      provider: "easypost",
      carrier,
      service,
      shipmentId: shipment.id,
      rateToken: rateId(service),
    });
    expect(live(body.data)).toEqual([expected("GroundAdvantage", "USPS", 640, 5), expected("Priority", "USPS", 995, 2), expected("NextDayAir", "UPS", 4210, 1)]);
    expect(carriers.printful.requests).toEqual([]);
  });

  it("sends EasyPost the store's origin, the destination and the store's default parcel, with Basic auth", async () => {
    await getShipping("?country=US&state=or&postalCode=97201&city=Portland&recipientName=Jane%20Doe&email=jane@example.com");
    expect(carriers.easypost.requests).toEqual([
      {
        method: "POST",
        path: "/v2/shipments",
        authorization: `Basic ${Buffer.from(`${EASYPOST_KEY}:`).toString("base64")}`,
        body: {
          shipment: {
            from_address: { name: "Maple & Thread", street1: "200 Harbor Way", city: "Portland", state: "OR", zip: "97201", country: "US" },
            to_address: { name: "Jane Doe", city: "Portland", state: "OR", zip: "97201", country: "US", email: "jane@example.com" },
            parcel: { length: 12, width: 9, height: 3, weight: 20 },
          },
        },
      },
    ]);
  });

  it("rates the query's parcel over the store's default, and a standard box when the store has none", async () => {
    await getShipping('?country=US&postalCode=10001&parcel={"lengthIn":6,"widthIn":4,"heightIn":2.5,"weightOz":8}');
    expect((carriers.easypost.requests[0].body as { shipment: { parcel: unknown } }).shipment.parcel).toEqual({ length: 6, width: 4, height: 2.5, weight: 8 });
    const noDefault = await createCarrierSite({ easypostApiKey: EASYPOST_KEY, shipFromAddress: SHIP_FROM });
    await getShipping("?country=US&postalCode=10001", noDefault);
    expect((carriers.easypost.requests[1].body as { shipment: { parcel: unknown } }).shipment.parcel).toEqual({ length: 10, width: 8, height: 4, weight: 16 });
  });

  it("asks EasyPost nothing without a postal code, or when the store has no ship-from address", async () => {
    expect(live((await getShipping("?country=US&state=OR")).body.data)).toEqual([]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const noOrigin = await createCarrierSite({ easypostApiKey: EASYPOST_KEY });
    const { body } = await getShipping("?country=US&postalCode=97201", noOrigin);
    expect(body.data.map((r: { name: string }) => r.name)).toEqual(["Standard Shipping"]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("shipFromAddress"));
    warn.mockRestore();
    expect(carriers.easypost.requests).toEqual([]);
  });

  it("leaves out rates in another currency than the store's", async () => {
    carriers.easypost.rates = [...carriers.easypost.rates, { carrier: "CanadaPost", service: "Expedited", rate: "11.00", delivery_days: 3, currency: "CAD" }];
    const { body } = await getShipping("?country=US&postalCode=97201");
    expect(live(body.data).map((r) => r.carrier)).not.toContain("CanadaPost");
    expect(live(body.data)).toHaveLength(3);
  });
});

describe("GET /shipping with Printful", () => {
  it("quotes the Printful items of the variants and products asked for, and sends Printful the recipient", async () => {
    const [s, m, xl] = tee.variants.map((v) => v.id);
    const elsewhere = await createProductWithVariants((await createSite()).id, [{ size: "S", inventory: 1 }]);
    await db().productVariant.update({ where: { id: elsewhere.variants[0].id }, data: { printfulVariantId: "6666" } });
    const query = `?country=US&state=OR&postalCode=97201&city=Portland&recipientName=Jane%20Doe&email=jane@example.com&variantIds=${s},${s},${m},${xl},${elsewhere.variants[0].id}&productIds=${poster.id},${tee.product.id},${mug.id}`;
    const { status, body } = await getShipping(query);
    expect(status).toBe(200);
    expect(carriers.printful.requests).toEqual([
      {
        method: "POST",
        path: "/shipping/rates",
        authorization: `Bearer ${PRINTFUL_KEY}`,
        body: {
          recipient: { name: "Jane Doe", email: "jane@example.com", city: "Portland", state_code: "OR", country_code: "US", zip: "97201" },
          items: [{ variant_id: "4012", quantity: 2 }, { variant_id: "4013", quantity: 1 }, { variant_id: "9001", quantity: 1 }],
          currency: "USD",
          locale: "en_US",
        },
      },
    ]);
    const printfulRates = live(body.data).filter((r) => r.provider === "printful");
    expect(printfulRates).toEqual([
      { id: "printful:STANDARD", name: "Flat Rate (Estimated delivery: 4-7 business days)", rateType: "live", price: 499, freeAbove: null, minDeliveryDays: 4, maxDeliveryDays: 7, zoneName: "Print-on-demand rate", provider: "printful", carrier: "Printful", service: "STANDARD", shipmentId: null, rateToken: "STANDARD" },
      { id: "printful:EXPRESS", name: "Express (Estimated delivery: 2-3 business days)", rateType: "live", price: 1450, freeAbove: null, minDeliveryDays: 2, maxDeliveryDays: 3, zoneName: "Print-on-demand rate", provider: "printful", carrier: "Printful", service: "EXPRESS", shipmentId: null, rateToken: "EXPRESS" },
    ]);
    // Manual first, then EasyPost, then Printful.
    expect(body.data.map((r: { provider?: string }) => r.provider ?? "manual")).toEqual(["manual", "easypost", "easypost", "easypost", "printful", "printful"]);
  });

  it("names the recipient \"Customer\" by default, and asks Printful nothing when no item is a Printful one", async () => {
    await getShipping(`?country=DE&variantIds=${tee.variants[0].id}`);
    expect((carriers.printful.requests[0].body as { recipient: unknown }).recipient).toEqual({ name: "Customer", country_code: "DE" });
    carriers.printful.reset();
    const { body } = await getShipping(`?country=US&variantIds=${tee.variants[2].id}&productIds=${mug.id},${tee.product.id}`);
    expect(carriers.printful.requests).toEqual([]);
    expect(body.data.map((r: { name: string }) => r.name)).toEqual(["Standard Shipping"]);
  });
});

describe("GET /shipping when a provider fails", () => {
  const everything = () => `?country=US&state=OR&postalCode=97201&variantIds=${tee.variants[0].id}`;

  it("answers the other rates when EasyPost answers 500, and logs the provider but never the key", async () => {
    carriers.easypost.mode = 500;
    const { status, body } = await getShipping(everything());
    expect(status).toBe(200);
    expect(body.data.map((r: { provider?: string }) => r.provider ?? "manual")).toEqual(["manual", "printful", "printful"]);
    expect(carriers.errors).toHaveBeenCalledWith(expect.stringContaining("easypost: answered 500: Something went wrong"));
    const logged = JSON.stringify(carriers.errors.mock.calls);
    expect(logged).not.toContain(EASYPOST_KEY);
    expect(logged).not.toContain(Buffer.from(`${EASYPOST_KEY}:`).toString("base64"));
  });

  it("answers the manual rates when both providers fail or send what cannot be read", async () => {
    carriers.printful.mode = 401;
    carriers.easypost.rates = [{ carrier: "USPS", service: "Priority", rate: "n/a", delivery_days: 2 }];
    const { status, body } = await getShipping(everything());
    expect(status).toBe(200);
    expect(body.data.map((r: { name: string }) => r.name)).toEqual(["Standard Shipping"]);
    expect(carriers.errors).toHaveBeenCalledWith(expect.stringContaining('easypost: answered an unreadable amount "n/a"'));
    expect(carriers.errors).toHaveBeenCalledWith(expect.stringContaining("printful: answered 401"));
    expect(JSON.stringify(carriers.errors.mock.calls)).not.toContain(PRINTFUL_KEY);
  });

  it("gives up on providers slower than the deadline and still answers the manual rates", async () => {
    carriers.easypost.mode = "hang";
    carriers.printful.mode = "hang";
    const query = shippingQuerySchema.parse({ country: "US", state: "OR", postalCode: "97201", variantIds: String(tee.variants[0].id) });
    const started = Date.now();
    const rates = await getShippingRates({ siteId, ...query }, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(rates.map((r) => r.name)).toEqual(["Standard Shipping"]);
    expect(carriers.easypost.requests).toHaveLength(1);
    expect(carriers.printful.requests).toHaveLength(1);
    expect(carriers.errors).toHaveBeenCalledWith(expect.stringContaining("easypost: timed out after 300 ms"));
    expect(carriers.errors).toHaveBeenCalledWith(expect.stringContaining("printful: timed out after 300 ms"));
  });
});
