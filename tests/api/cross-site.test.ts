import { beforeAll, describe, expect, it } from "vitest";
import * as designRoute from "@/app/api/storefront/[siteId]/designs/[designId]/route";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import { db } from "@/lib/db";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { newToken } from "@/lib/security/tokens";
import { callRoute } from "../support/api";
import { bearer, signUp } from "../support/customers";
import { createProduct, createSite } from "../support/fixtures";
import { tokenDigest } from "@/lib/security/tokens";

// The designer's session cookie is the one credential a browser sends by itself, so a foreign
// page must not be able to write with it (CSRF); Bearer calls from tenants' sites stay open.

let siteId: number;
let productId: number;
const session = newToken();
const cookie = { cookie: `${DESIGN_SESSION_COOKIE}=${session}` };

beforeAll(async () => {
  siteId = (await createSite()).id;
  const product = await createProduct(siteId, { designable: true });
  await db().designerStyle.create({
    data: { productId: product.id, name: "White", sides: { create: [{ name: "Front", slug: "front", printAreaX: 10, printAreaY: 10, printAreaWidth: 100, printAreaHeight: 100 }] } },
  });
  productId = product.id;
});

const create = (headers: Record<string, string>) =>
  callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, method: "POST", body: { productId, name: "Mine" }, headers });
const countOwned = () => db().productDesign.count({ where: { siteId, sessionId: tokenDigest(session) } });

describe("cross-site writes with the designer cookie", () => {
  it("are refused from a foreign origin or a cross-site fetch, and change nothing", async () => {
    const before = await countOwned();
    for (const headers of [{ ...cookie, origin: "https://evil.example" }, { ...cookie, "sec-fetch-site": "cross-site" }, { ...cookie, origin: "null" }]) {
      const result = await create(headers);
      expect({ headers, status: result.status, body: result.body }).toEqual({ headers, status: 403, body: { success: false, message: "Cross-site request refused", errorCode: "forbidden" } });
    }
    const owned = await db().productDesign.create({ data: { siteId, productId, sessionId: tokenDigest(session) } });
    const deleted = await callRoute(designRoute.DELETE, `/api/storefront/${siteId}/designs/${owned.id}`, {
      params: { siteId: String(siteId), designId: String(owned.id) },
      method: "DELETE",
      headers: { ...cookie, origin: "https://evil.example" },
    });
    expect(deleted.status).toBe(403);
    expect((await db().productDesign.findUniqueOrThrow({ where: { id: owned.id } })).deletedAt).toBeNull();
    expect(await countOwned()).toBe(before + 1);
  });

  it("are accepted from the app's own origin and without an Origin (same-origin navigation, server clients)", async () => {
    expect((await create({ ...cookie, origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect((await create(cookie)).status).toBe(201);
  });

  it("leave Bearer calls from other origins alone, as tenants' sites make them", async () => {
    const customer = await signUp(siteId);
    expect((await create({ ...bearer(customer.token), origin: "https://tenant-site.example" })).status).toBe(201);
  });

  it("do not affect reads", async () => {
    const list = await callRoute(designsRoute.GET, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, headers: { ...cookie, origin: "https://evil.example" } });
    expect(list.status).toBe(200);
  });
});
