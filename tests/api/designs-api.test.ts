import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import * as designRoute from "@/app/api/storefront/[siteId]/designs/[designId]/route";
import * as shareRoute from "@/app/api/storefront/[siteId]/designs/[designId]/share/route";
import * as cloneRoute from "@/app/api/storefront/[siteId]/designs/[designId]/clone/route";
import * as publicRoute from "@/app/api/storefront/[siteId]/designs/public/[uuid]/route";
import * as claimRoute from "@/app/api/storefront/[siteId]/designs/claim/route";
import * as countRoute from "@/app/api/storefront/[siteId]/designs/anonymous/count/route";
import * as fontsRoute from "@/app/api/storefront/[siteId]/designs/fonts/route";
import * as assetsRoute from "@/app/api/storefront/[siteId]/designs/assets/route";
import { db } from "@/lib/db";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { designSchema, legacyDesignSchema } from "@/lib/designs/schemas";
import { newToken } from "@/lib/security/tokens";
import { DEMO_SITE_ID } from "@/prisma/seed/seed-demo";
import { callRoute } from "../support/api";
import { bearer, signUp } from "../support/customers";
import { createProduct, createSite, designableProduct } from "../support/fixtures";
import { tokenDigest } from "@/lib/security/tokens";

type Who = { token?: string; session?: string };
const headersOf = (who: Who = {}): Record<string, string> => ({ ...bearer(who.token), ...(who.session ? { cookie: `${DESIGN_SESSION_COOKIE}=${who.session}` } : {}) });

let siteId: number;
let otherSiteId: number;
let productId: number;
let styleId: number;
let plainProductId: number;
let otherSiteProductId: number;

const textLayer = (id = "t1", side = "front") => ({ id, type: "text", side, x: 50, y: 60, width: 80, height: 30, text: "Hello", fontFamily: "Arial", fontSize: 20, fill: "#ff0000" });

const api = {
  list: (query = "", who?: Who, site = siteId) => callRoute(designsRoute.GET, `/api/storefront/${site}/designs${query}`, { params: { siteId: String(site) }, headers: headersOf(who) }),
  create: (body: unknown, who?: Who, site = siteId) => callRoute(designsRoute.POST, `/api/storefront/${site}/designs`, { params: { siteId: String(site) }, method: "POST", body, headers: headersOf(who) }),
  get: (id: string | number, who?: Who, query = "", site = siteId) =>
    callRoute(designRoute.GET, `/api/storefront/${site}/designs/${id}${query}`, { params: { siteId: String(site), designId: String(id) }, headers: headersOf(who) }),
  put: (id: string | number, body: unknown, who?: Who) => callRoute(designRoute.PUT, `/api/storefront/${siteId}/designs/${id}`, { params: { siteId: String(siteId), designId: String(id) }, method: "PUT", body, headers: headersOf(who) }),
  del: (id: string | number, who?: Who, query = "") =>
    callRoute(designRoute.DELETE, `/api/storefront/${siteId}/designs/${id}${query}`, { params: { siteId: String(siteId), designId: String(id) }, method: "DELETE", headers: headersOf(who) }),
  post: (route: { POST: Parameters<typeof callRoute>[0] }, path: string, params: Record<string, string>, body: unknown, who?: Who) =>
    callRoute(route.POST, `/api/storefront/${siteId}/designs/${path}`, { params: { siteId: String(siteId), ...params }, method: "POST", body, headers: headersOf(who) }),
};

/** Creates a design as a new anonymous visitor and answers its id and the minted session. */
async function anonymousDesign(body: Record<string, unknown> = {}) {
  const result = await api.create({ productId, ...body });
  expect(result.status).toBe(201);
  const session = /sd_design_session=([^;]+)/.exec(result.headers.get("set-cookie") ?? "")![1];
  return { id: result.body.data.id as number, uuid: result.body.data.uuid as string, session };
}

beforeAll(async () => {
  siteId = (await createSite()).id;
  otherSiteId = (await createSite()).id;
  ({ product: { id: productId }, style: { id: styleId } } = await designableProduct(siteId));
  plainProductId = (await createProduct(siteId)).id;
  otherSiteProductId = (await designableProduct(otherSiteId)).product.id;
});

describe("POST /designs", () => {
  it("creates a design and mints the sd_design_session cookie for a caller with neither token nor cookie", async () => {
    const result = await api.create({ productId, name: "My Custom Tee", layers: [textLayer()] });
    expect(result.status).toBe(201);
    expect(designSchema.parse(result.body.data)).toMatchObject({ websiteId: siteId, productId, styleId, name: "My Custom Tee", isPublic: false, status: "draft" });
    expect(result.body.data.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.body.data.layers[0]).toMatchObject({ id: "t1", rotation: 0, scaleX: 1, opacity: 1, align: "center" });
    const cookie = result.headers.get("set-cookie")!;
    const value = /^sd_design_session=([A-Za-z0-9_-]+);/.exec(cookie)![1];
    expect(value.length).toBeGreaterThanOrEqual(43);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Path=\//);
    // Tests run with NODE_ENV=test and no APP_URL: secureCookies() is false, so no Secure flag.
    expect(cookie).not.toMatch(/Secure/i);
    const row = await db().productDesign.findUniqueOrThrow({ where: { id: result.body.data.id } });
    expect(row).toMatchObject({ sessionId: tokenDigest(value), customerId: null, name: "My Custom Tee" });
  });

  it("defaults the name and keeps an existing session or customer without a new cookie", async () => {
    const { session } = await anonymousDesign();
    const again = await api.create({ productId }, { session });
    expect(again.status).toBe(201);
    expect(again.body.data.name).toBe("Untitled Design");
    expect(again.headers.get("set-cookie")).toBeNull();
    const customer = await signUp(siteId);
    const mine = await api.create({ productId }, { token: customer.token });
    expect(mine.headers.get("set-cookie")).toBeNull();
    expect(await db().productDesign.findUniqueOrThrow({ where: { id: mine.body.data.id } })).toMatchObject({ customerId: customer.id, sessionId: null });
  });

  it.each([
    ["a product that is not designable", () => ({ productId: plainProductId }), /productId must be a designable product/],
    ["another site's product", () => ({ productId: otherSiteProductId }), /productId must be a designable product/],
    ["no productId", () => ({}), /productId/],
    ["a blank name", () => ({ productId, name: "  " }), /name must not be blank/],
    ["a layer on an unknown side", () => ({ productId, layers: [textLayer("a", "sleeve")] }), /layers\.0\.side/],
    ["an unknown font", () => ({ productId, layers: [{ ...textLayer(), fontFamily: "Papyrus" }] }), /fontFamily/],
    ["a bad colour", () => ({ productId, layers: [{ ...textLayer(), fill: "red" }] }), /fill/],
    ["an unknown layer type", () => ({ productId, layers: [{ ...textLayer(), type: "video" }] }), /layers\.0/],
    ["an image of no asset", () => ({ productId, layers: [{ id: "i", type: "image", side: "front", x: 1, y: 1, width: 5, height: 5, assetId: 999999 }] }), /assetId/],
    ["twice the same layer id", () => ({ productId, layers: [textLayer("x"), textLayer("x")] }), /used twice/],
    ["a styleId of another product", () => ({ productId, styleId: 2_000_000_000 }), /styleId/],
  ])("answers 400 for %s", async (_case, body, message) => {
    const result = await api.create(body());
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ success: false, errorCode: "validation_error", message: expect.stringMatching(message) });
    expect(result.headers.get("set-cookie")).toBeNull();
  });

  it("answers 400 for malformed JSON and 401 for a bad token", async () => {
    const bad = await callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, method: "POST", rawBody: "{nope" });
    expect(bad.status).toBe(400);
    expect(bad.body.errorCode).toBe("invalid_json");
    expect((await api.create({ productId }, { token: "not-a-token" })).status).toBe(401);
  });
});

describe("GET /designs", () => {
  it("lists the caller's own designs, filters by productId, and shows nothing to a stranger", async () => {
    const { id, session } = await anonymousDesign();
    const other = await designableProduct(siteId);
    await api.create({ productId: other.product.id }, { session });
    const all = await api.list("", { session });
    expect(all.status).toBe(200);
    expect(all.body.data).toHaveLength(2);
    const filtered = await api.list(`?productId=${productId}`, { session });
    expect(filtered.body.data.map((d: { id: number }) => d.id)).toEqual([id]);
    expect((await api.list("", { session: newToken() })).body.data).toEqual([]);
    expect((await api.list("")).body.data).toEqual([]);
    expect((await api.list("?productId=abc")).status).toBe(400);
  });

  it("lists the site's templates with ?templates=1, and the demo site has some", async () => {
    await db().productDesign.create({ data: { siteId, productId, styleId, name: "Staff pick", isTemplate: true, layers: [textLayer()] } });
    const templates = await api.list("?templates=1");
    expect(templates.body.data.map((d: { name: string }) => d.name)).toContain("Staff pick");
    expect(templates.body.data.every((d: { isTemplate: boolean }) => d.isTemplate)).toBe(true);
    const demo = await api.list("?templates=1", {}, DEMO_SITE_ID);
    expect(demo.body.data.length).toBeGreaterThanOrEqual(2);
    for (const template of demo.body.data) expect(designSchema.parse(template).layers.length).toBeGreaterThan(0);
  });
});

describe("GET, PUT and DELETE /designs/{id}", () => {
  it("answers the owner, 403 to another session, another customer or a forged token, 404 on another site", async () => {
    const { id, session } = await anonymousDesign({ layers: [textLayer()] });
    expect((await api.get(id, { session })).body.data).toMatchObject({ id, layers: [expect.objectContaining({ text: "Hello" })] });
    expect((await api.get(id, { session: newToken() })).status).toBe(403);
    expect((await api.get(id)).status).toBe(403);
    const customer = await signUp(siteId);
    expect((await api.get(id, { token: customer.token })).status).toBe(403);
    const mine = await api.create({ productId }, { token: customer.token });
    expect((await api.get(mine.body.data.id, { token: customer.token })).status).toBe(200);
    expect((await api.get(mine.body.data.id, { token: (await signUp(siteId)).token })).body).toMatchObject({ errorCode: "forbidden" });
    // A customer of another site: its token is no session here.
    expect((await api.get(mine.body.data.id, { token: (await signUp(otherSiteId)).token })).status).toBe(401);
    expect((await api.get(id, { session }, "", otherSiteId)).status).toBe(404);
    expect((await api.get(999_999_999, { session })).status).toBe(404);
    expect((await api.get("abc", { session })).status).toBe(400);
    expect((await api.get("99999999999", { session })).status).toBe(400);
  });

  it("saves the new-designer body, keeps what is not sent, and validates", async () => {
    const { id, session } = await anonymousDesign();
    const saved = await api.put(id, { layers: [textLayer("a"), { ...textLayer("b", "back"), rotation: 45, zIndex: 2 }], name: "Renamed", description: "Gift", styleOverrides: { [styleId]: { color: "#fff" } }, thumbnailUrl: "/media/sites/1/x.png" }, { session });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ name: "Renamed", description: "Gift", thumbnailUrl: "http://localhost:3000/media/sites/1/x.png", styleOverrides: { [styleId]: { color: "#fff" } } });
    expect(saved.body.data.layers).toHaveLength(2);
    const renamed = await api.put(id, { name: "Again" }, { session });
    expect(renamed.body.data.layers).toHaveLength(2);
    expect((await api.put(id, { thumbnailUrl: "javascript:alert(1)" }, { session })).status).toBe(400);
    expect((await api.put(id, { layers: "nope" }, { session })).status).toBe(400);
    expect((await api.put(id, { styleId: 2_000_000_000 }, { session })).status).toBe(400);
    expect((await api.put(id, { name: "Stolen" }, { session: newToken() })).status).toBe(403);
  });

  it("refuses artwork changes to a finalized design (409) but allows a rename", async () => {
    const { id, session } = await anonymousDesign({ layers: [textLayer()] });
    await db().productDesign.update({ where: { id }, data: { status: "finalized" } });
    expect((await api.put(id, { layers: [] }, { session })).body).toMatchObject({ errorCode: "conflict" });
    expect((await api.put(id, { name: "Final name" }, { session })).status).toBe(200);
  });

  it("soft-deletes: the row stays, no call finds it again", async () => {
    const { id, session } = await anonymousDesign();
    expect((await api.del(id, { session: newToken() })).status).toBe(403);
    const deleted = await api.del(id, { session });
    expect(deleted.body).toEqual({ success: true, data: { id, deleted: true } });
    expect((await db().productDesign.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await api.get(id, { session })).status).toBe(404);
    expect((await api.del(id, { session })).status).toBe(404);
  });
});

describe("legacy UUID designs", () => {
  it("reads and saves with the cookie or the sessionId fallback, 403 otherwise, and hard-deletes", async () => {
    const session = newToken();
    const legacy = await db().legacyDesign.create({ data: { siteId, productId, sessionId: tokenDigest(session), name: "Old", layersBySurface: { front: [{ kind: "text", value: "Hi" }] }, canvasSize: { width: 500, height: 600 } } });
    const viaCookie = await api.get(legacy.id, { session });
    expect(viaCookie.status).toBe(200);
    expect(legacyDesignSchema.parse(viaCookie.body.data)).toMatchObject({ id: legacy.id, uuid: legacy.id, websiteId: siteId, name: "Old", canvasSize: { width: 500, height: 600 } });
    expect((await api.get(legacy.id, {}, `?sessionId=${session}`)).status).toBe(200);
    expect((await api.get(legacy.id.toUpperCase(), {}, `?sessionId=${session}`)).status).toBe(200);
    expect((await api.get(legacy.id)).status).toBe(403);
    expect((await api.get(legacy.id, {}, `?sessionId=${newToken()}`)).status).toBe(403);
    expect((await api.get(randomUUID(), { session })).status).toBe(404);

    const saved = await api.put(legacy.id, { name: "Newer", layersBySurface: { back: [] }, canvasSize: { width: 800, height: 800 }, status: "finalized", sessionId: session });
    expect(saved.body.data).toMatchObject({ name: "Newer", layersBySurface: { back: [] }, status: "finalized" });
    expect((await api.put(legacy.id, { status: "shipped", sessionId: session })).status).toBe(400);
    expect((await api.put(legacy.id, { name: "x", sessionId: newToken() })).status).toBe(403);

    expect((await api.del(legacy.id, {}, `?sessionId=${newToken()}`)).status).toBe(403);
    expect((await api.del(legacy.id, {}, `?sessionId=${session}`)).body).toEqual({ success: true, data: { id: legacy.id, deleted: true } });
    expect(await db().legacyDesign.findUnique({ where: { id: legacy.id } })).toBeNull();
  });
});

describe("sharing and public designs", () => {
  it("toggles isPublic, answers the spec's shape, and serves the public design by uuid", async () => {
    const { id, uuid, session } = await anonymousDesign();
    expect((await callRoute(publicRoute.GET, `/x`, { params: { siteId: String(siteId), uuid } })).status).toBe(404);
    expect((await api.post(shareRoute, `${id}/share`, { designId: String(id) }, { isPublic: true }, { session: newToken() })).status).toBe(403);
    const shared = await api.post(shareRoute, `${id}/share`, { designId: String(id) }, { isPublic: true }, { session });
    expect(shared.status).toBe(200);
    expect(shared.body).toEqual({ success: true, design: expect.objectContaining({ id, isPublic: true }), shareableUrl: `https://shop.test/design/share/${uuid}`, uuid, isPublic: true });
    const open = await callRoute(publicRoute.GET, `/x`, { params: { siteId: String(siteId), uuid } });
    expect(open.body.data).toMatchObject({ id, uuid, isPublic: true });
    expect((await callRoute(publicRoute.GET, `/x`, { params: { siteId: String(otherSiteId), uuid } })).status).toBe(404);
    expect((await callRoute(publicRoute.GET, `/x`, { params: { siteId: String(siteId), uuid: "nope" } })).status).toBe(400);
    await api.post(shareRoute, `${id}/share`, { designId: String(id) }, { isPublic: false }, { session });
    expect((await callRoute(publicRoute.GET, `/x`, { params: { siteId: String(siteId), uuid } })).status).toBe(404);
    expect((await api.post(shareRoute, `${id}/share`, { designId: String(id) }, {}, { session })).status).toBe(400);
  });

  it("shares legacy designs too", async () => {
    const session = newToken();
    const legacy = await db().legacyDesign.create({ data: { siteId, productId, sessionId: tokenDigest(session) } });
    const shared = await api.post(shareRoute, `${legacy.id}/share`, { designId: legacy.id }, { isPublic: true, sessionId: session });
    expect(shared.body).toMatchObject({ success: true, uuid: legacy.id, isPublic: true });
    expect((await callRoute(publicRoute.GET, `/x`, { params: { siteId: String(siteId), uuid: legacy.id } })).body.data).toMatchObject({ id: legacy.id });
  });
});

describe("POST /designs/{id}/clone", () => {
  it("copies an own, public or template design to the caller; refuses someone else's private one", async () => {
    const owner = await anonymousDesign({ layers: [textLayer()] });
    const stranger = newToken();
    expect((await api.post(cloneRoute, `${owner.id}/clone`, { designId: String(owner.id) }, {}, { session: stranger })).status).toBe(403);
    const own = await api.post(cloneRoute, `${owner.id}/clone`, { designId: String(owner.id) }, { name: "Mine too" }, { session: owner.session });
    expect(own.status).toBe(201);
    expect(own.body.data).toMatchObject({ name: "Mine too", layers: [expect.objectContaining({ text: "Hello" })], isPublic: false, status: "draft" });
    await db().productDesign.update({ where: { id: owner.id }, data: { isPublic: true } });
    const copy = await api.post(cloneRoute, `${owner.id}/clone`, { designId: String(owner.id) }, {}, { session: stranger });
    expect(copy.body.data.name).toMatch(/\(copy\)$/);
    expect(await db().productDesign.findUniqueOrThrow({ where: { id: copy.body.data.id } })).toMatchObject({ sessionId: tokenDigest(stranger), customerId: null });

    const template = await db().productDesign.create({ data: { siteId, productId, styleId, name: "Template", isTemplate: true, layers: [textLayer()] } });
    const fresh = await api.post(cloneRoute, `${template.id}/clone`, { designId: String(template.id) }, {});
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("set-cookie")).toMatch(/^sd_design_session=/);
    expect(fresh.body.data).toMatchObject({ name: "Template", isTemplate: false });
    expect((await api.post(cloneRoute, `${owner.uuid}/clone`, { designId: owner.uuid }, {}, { session: owner.session })).status).toBe(400);
  });
});

describe("claim and anonymous count", () => {
  it("counts the session's designs and moves them (and uploads) to the signed-in customer", async () => {
    const first = await anonymousDesign();
    await api.create({ productId }, { session: first.session });
    await db().legacyDesign.create({ data: { siteId, productId, sessionId: tokenDigest(first.session) } });
    const asset = await db().designAsset.create({ data: { siteId, sessionId: tokenDigest(first.session), kind: "upload", url: "/media/x.png", storageKey: "x.png", mimeType: "image/png", fileSize: 1 } });
    const count = (who: Who) => callRoute(countRoute.GET, "/x", { params: { siteId: String(siteId) }, headers: headersOf(who) });
    expect((await count({ session: first.session })).body).toEqual({ success: true, data: { count: 3 } });
    expect((await count({})).body.data.count).toBe(0);

    const customer = await signUp(siteId);
    const claim = (body: unknown, who: Who) => api.post(claimRoute, "claim", {}, body, who);
    expect((await claim({ sessionId: first.session, customerId: customer.id }, {})).status).toBe(401);
    expect((await claim({ sessionId: first.session, customerId: customer.id + 1 }, { token: customer.token })).status).toBe(403);
    expect((await claim({ sessionId: "short", customerId: customer.id }, { token: customer.token })).status).toBe(400);
    const claimed = await claim({ sessionId: first.session, customerId: customer.id }, { token: customer.token });
    expect(claimed.body).toEqual({ success: true, data: { claimed: 3, designs: 2, legacyDesigns: 1, assets: 1 } });
    expect((await count({ session: first.session })).body.data.count).toBe(0);
    expect((await api.list("", { token: customer.token })).body.data).toHaveLength(2);
    expect((await api.get(first.id, { token: customer.token })).status).toBe(200);
    expect((await api.get(first.id, { session: first.session })).status).toBe(403);
    expect(await db().designAsset.findUniqueOrThrow({ where: { id: asset.id } })).toMatchObject({ customerId: customer.id, sessionId: null });
    // Claiming again moves nothing.
    expect((await claim({ sessionId: first.session, customerId: customer.id }, { token: customer.token })).body.data.claimed).toBe(0);
  });
});

describe("fonts and the asset batch", () => {
  it("lists the fonts", async () => {
    const fonts = await callRoute(fontsRoute.GET, "/x", { params: { siteId: String(siteId) } });
    expect(fonts.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ family: "Arial", category: "sans-serif" })]));
  });

  it("answers only the caller's assets, in order, and attaches its uploads to an owned design", async () => {
    const { id, session } = await anonymousDesign();
    const asset = (data: { sessionId?: string; designId?: number }) =>
      db().designAsset.create({ data: { siteId, kind: "upload", url: "/media/a.png", storageKey: "a.png", mimeType: "image/png", fileSize: 10, width: 2, height: 2, ...data } });
    const mine = await asset({ sessionId: tokenDigest(session) });
    const theirs = await asset({ sessionId: newToken() });
    const onDesign = await asset({ designId: id });
    const batch = await api.post(assetsRoute, "assets", {}, { ids: [onDesign.id, theirs.id, mine.id] }, { session });
    expect(batch.body.data.map((a: { id: number }) => a.id)).toEqual([onDesign.id, mine.id]);
    expect(batch.body.data[1]).toMatchObject({ url: "http://localhost:3000/media/a.png", designId: null, kind: "upload" });
    const attached = await api.post(assetsRoute, "assets", {}, { ids: [mine.id, theirs.id], designId: id }, { session });
    expect(attached.body.data).toEqual([expect.objectContaining({ id: mine.id, designId: id })]);
    expect((await db().designAsset.findUniqueOrThrow({ where: { id: theirs.id } })).designId).toBeNull();
    expect((await api.post(assetsRoute, "assets", {}, { ids: [] }, { session })).status).toBe(400);
    expect((await api.post(assetsRoute, "assets", {}, { ids: [mine.id], designId: id }, { session: newToken() })).status).toBe(403);
  });
});
