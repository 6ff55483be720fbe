import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as shippingRoute from "@/app/api/storefront/[siteId]/shipping/route";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerShippingRoutes } from "@/lib/shipping/openapi";
import { manualShippingRateSchema } from "@/lib/shipping/schemas";
import { callRoute } from "../support/api";
import { createSite } from "../support/fixtures";

let siteId: number;
const getShipping = (query: string, site = siteId) =>
  callRoute(shippingRoute.GET, `/api/storefront/${site}/shipping${query}`, { params: { siteId: String(site) } });
const names = (body: { data: { name: string }[] }) => body.data.map((rate) => rate.name);

type RateInput = Omit<Prisma.ShippingRateCreateWithoutZoneInput, "order">;
async function createZone(site: number, zone: { name: string; countries: string[]; states?: string[]; order: number }, rates: RateInput[]) {
  return db().shippingZone.create({
    data: { siteId: site, ...zone, states: zone.states ?? [], rates: { create: rates.map((rate, order) => ({ ...rate, order })) } },
    include: { rates: true },
  });
}

let pacific: Awaited<ReturnType<typeof createZone>>;

beforeAll(async () => {
  siteId = (await createSite()).id;
  // Created out of order on purpose: answers follow `order`, not ids.
  await createZone(siteId, { name: "Rest of world", countries: [], order: 9 }, [{ name: "International", price: 2495, minDeliveryDays: 7, maxDeliveryDays: 21 }]);
  await createZone(siteId, { name: "Domestic (second)", countries: ["US"], order: 1 }, [{ name: "Never shown", price: 1 }]);
  pacific = await createZone(siteId, { name: "Pacific Northwest", countries: ["US"], states: ["OR", "wa"], order: 5 }, [
    { name: "Local Courier", price: 495, freeAbove: 4000, minDeliveryDays: 1, maxDeliveryDays: 2 },
    { name: "Retired courier", price: 100, active: false },
    { name: "Pick-up", rateType: "free", price: 0 },
  ]);
  await createZone(siteId, { name: "Domestic", countries: ["US"], order: 0 }, [
    { name: "Standard Shipping", price: 595, freeAbove: 5000, minDeliveryDays: 3, maxDeliveryDays: 7 },
    { name: "Express Shipping", price: 1495, minDeliveryDays: 1, maxDeliveryDays: 2 },
  ]);
  await createZone(siteId, { name: "Canada", countries: ["CA"], order: 2 }, [{ name: "Canada Standard", price: 1295, freeAbove: 10000 }]);
});

describe("GET /shipping: manual rates", () => {
  it("answers the zone naming the country and the state, active rates only, in the spec's exact shape", async () => {
    const { status, body } = await getShipping("?country=US&state=OR");
    expect(status).toBe(200);
    const rates = z.array(manualShippingRateSchema.strict()).parse(body.data);
    expect(rates).toEqual([
      { id: pacific.rates[0].id, name: "Local Courier", rateType: "flat", price: 495, freeAbove: 4000, minDeliveryDays: 1, maxDeliveryDays: 2, zoneName: "Pacific Northwest" },
      { id: pacific.rates[2].id, name: "Pick-up", rateType: "free", price: 0, freeAbove: null, minDeliveryDays: null, maxDeliveryDays: null, zoneName: "Pacific Northwest" },
    ]);
    expect(Object.keys(body)).toEqual(["success", "data"]);
  });

  it("matches zone states and country codes case-insensitively", async () => {
    expect(names((await getShipping("?country=us&state=wa")).body)).toEqual(["Local Courier", "Pick-up"]);
  });

  it("falls back to the country-wide zone for another state or no state, the lowest order winning a tie", async () => {
    for (const query of ["?country=US&state=NY", "?country=US"]) {
      const { body } = await getShipping(query);
      expect(names(body)).toEqual(["Standard Shipping", "Express Shipping"]);
      expect(body.data[0]).toMatchObject({ zoneName: "Domestic", price: 595, freeAbove: 5000 });
    }
  });

  it("falls back to the rest-of-world zone for a country no zone names", async () => {
    const { body } = await getShipping("?country=fr&postalCode=75001");
    expect(body.data).toEqual([expect.objectContaining({ name: "International", zoneName: "Rest of world", price: 2495 })]);
    expect(names((await getShipping("?country=CA")).body)).toEqual(["Canada Standard"]);
  });

  it("answers an empty list where no zone covers the destination, and never another site's zones", async () => {
    const other = (await createSite()).id;
    await createZone(other, { name: "Only Oregon", countries: ["US"], states: ["OR"], order: 0 }, [{ name: "Oregon only", price: 300 }]);
    expect((await getShipping("?country=US&state=CA", other)).body).toEqual({ success: true, data: [] });
    expect(names((await getShipping("?country=US&state=OR", other)).body)).toEqual(["Oregon only"]);
    expect(names((await getShipping("?country=US&state=OR")).body)).not.toContain("Oregon only");
  });

  it("answers no live rates when the store has no carrier keys, whatever the query asks", async () => {
    const { body } = await getShipping('?country=US&state=OR&postalCode=97201&variantIds=1,2&parcel={"lengthIn":1,"widthIn":1,"heightIn":1,"weightOz":1}');
    expect(body.data.every((rate: { rateType: string }) => rate.rateType !== "live")).toBe(true);
  });
});

describe("GET /shipping: validation", () => {
  it.each([
    ["", "country is required"],
    ["?country=", "country is required"],
    ["?state=OR", "country is required"],
    ["?country=USA", "country must be an ISO 3166-1 alpha-2 code, e.g. US"],
    ["?country=U1", "country must be an ISO 3166-1 alpha-2 code, e.g. US"],
    ["?country=US&parcel=not-json", 'parcel: must be JSON like {"lengthIn":6,"widthIn":4,"heightIn":2,"weightOz":8}'],
    ["?country=US&parcel=[1,2]", 'parcel: must be a JSON object like {"lengthIn":6,"widthIn":4,"heightIn":2,"weightOz":8}'],
    ['?country=US&parcel={"lengthIn":-6,"widthIn":4,"heightIn":2,"weightOz":8}', "parcel.lengthIn: must be a positive number"],
    ['?country=US&parcel={"lengthIn":6,"widthIn":4,"heightIn":2}', "parcel.weightOz: must be a positive number"],
    ['?country=US&parcel={"lengthIn":6,"widthIn":"4","heightIn":2,"weightOz":8}', "parcel.widthIn: must be a positive number"],
    ["?country=US&variantIds=12,abc", "variantIds must be comma-separated positive integers"],
    ["?country=US&variantIds=12,,13", "variantIds must be comma-separated positive integers"],
    ["?country=US&productIds=0", "productIds must be comma-separated positive integers"],
    ["?country=US&productIds=99999999999", "productIds must be comma-separated positive integers"],
    ["?country=US&email=not-an-email", "email must be a valid email address"],
  ])("refuses %s with 400 and a message naming the field", async (query, message) => {
    const { status, body } = await getShipping(query);
    expect(status).toBe(400);
    expect(body).toEqual({ success: false, message, errorCode: "validation_error" });
  });

  it("accepts blank optional fields as absent", async () => {
    const { status } = await getShipping("?country=US&state=&postalCode=&parcel=&variantIds=&email=");
    expect(status).toBe(200);
  });

  it("answers 404 for a site without an enabled store, and 405 for other methods", async () => {
    const disabled = (await createSite({ enabled: false })).id;
    expect((await getShipping("?country=US", disabled)).body).toMatchObject({ errorCode: "store_not_found" });
    const post = await callRoute(shippingRoute.POST, `/api/storefront/${siteId}/shipping`, { params: { siteId: String(siteId) }, method: "POST", body: {} });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET");
  });
});

describe("the shipping OpenAPI description", () => {
  it("documents GET /shipping with its query parameters and both rate shapes", () => {
    const registry = new OpenAPIRegistry();
    registerShippingRoutes(registry);
    const doc = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: "3.1.0", info: { title: "t", version: "1" } });
    const get = doc.paths?.["/api/storefront/{siteId}/shipping"]?.get;
    expect(get).toBeDefined();
    const query = (get?.parameters ?? []).map((p) => ("name" in p ? p.name : null));
    expect(query).toEqual(expect.arrayContaining(["country", "state", "postalCode", "city", "parcel", "variantIds", "productIds", "recipientName", "email"]));
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(["ManualShippingRate", "LiveShippingRate"]));
    expect(Object.keys(get?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404"]));
  });
});
