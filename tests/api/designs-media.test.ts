import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import * as uploadRoute from "@/app/api/storefront/[siteId]/designs/upload-image/route";
import * as designAssetsRoute from "@/app/api/storefront/[siteId]/designs/[designId]/assets/route";
import * as finalizeRoute from "@/app/api/storefront/[siteId]/designs/[designId]/finalize/route";
import * as thumbnailRoute from "@/app/api/storefront/[siteId]/designs/generate-thumbnail/route";
import { db } from "@/lib/db";
import { newToken } from "@/lib/security/tokens";
import { objectStorage } from "@/lib/storage/object-storage";
import { callRoute } from "../support/api";
import { designSessionCookie, postUpload, type AnyRoute, type UploadOptions } from "../support/design-uploads";
import { createProduct, createSite } from "../support/fixtures";

let siteId: number;
let productId: number;

// Mockup 200 × 240, grey; the front's print area is 100 × 120 at (40, 50).
const AREA = { x: 40, y: 50, width: 100, height: 120 };
const GREY = { r: 200, g: 200, b: 200 };

const upload = (route: AnyRoute, path: string, params: Record<string, string>, file: Buffer, options: UploadOptions = {}) =>
  postUpload(route, path, { siteId: String(siteId), ...params }, file, options);
const uploadImage = (file: Buffer, options: Parameters<typeof upload>[4] = {}) => upload(uploadRoute.POST, `/api/storefront/${siteId}/designs/upload-image`, {}, file, options);

const solid = (format: "png" | "jpeg" | "webp", colour: { r: number; g: number; b: number }, width = 40, height = 30) =>
  sharp({ create: { width, height, channels: 3, background: colour } })[format]().toBuffer();

async function newDesign(layers: unknown[] = []) {
  const result = await callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, method: "POST", body: { productId, layers } });
  expect(result.status).toBe(201);
  return { id: result.body.data.id as number, session: /sd_design_session=([^;]+)/.exec(result.headers.get("set-cookie")!)![1] };
}

async function stored(url: string) {
  const key = new URL(url).pathname.replace(/^\/media\//, "");
  return (await objectStorage().get(key))!.body;
}

async function pixel(png: Buffer, x: number, y: number) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * 4;
  return { r: data[i], g: data[i + 1], b: data[i + 2], a: data[i + 3] };
}

beforeAll(async () => {
  siteId = (await createSite()).id;
  const product = await createProduct(siteId, { designable: true });
  productId = product.id;
  const mockup = await objectStorage().put(`sites/${siteId}/mockups/front.png`, await solid("png", GREY, 200, 240), "image/png");
  await db().designerStyle.create({
    data: {
      productId,
      name: "Grey",
      sides: { create: [{ name: "Front", slug: "front", mockupImage: mockup.url, printAreaX: AREA.x, printAreaY: AREA.y, printAreaWidth: AREA.width, printAreaHeight: AREA.height }, { name: "Back", slug: "back", printAreaX: 10, printAreaY: 10, printAreaWidth: 50, printAreaHeight: 50, order: 1 }] },
    },
  });
});

describe("uploads are recognised by content", () => {
  it("accepts a PNG named .jpg and declared image/jpeg as a PNG, stored under a site-scoped key", async () => {
    const { session } = await newDesign();
    const result = await uploadImage(await solid("png", { r: 10, g: 20, b: 30 }), { name: "photo.jpg", type: "image/jpeg", session });
    expect(result.status).toBe(201);
    expect(result.body.data).toMatchObject({ kind: "upload", mimeType: "image/png", width: 40, height: 30, designId: null });
    expect(result.body.data.url).toMatch(new RegExp(`^http://localhost:3000/media/sites/${siteId}/designs/uploads/upload/[0-9a-f]+\\.png$`));
    expect((await sharp(await stored(result.body.data.url)).metadata()).format).toBe("png");
  });

  it("accepts JPEG and WebP, and strips EXIF (a GPS tag, a camera) while keeping the picture upright", async () => {
    const { session } = await newDesign();
    const withExif = await sharp({ create: { width: 30, height: 20, channels: 3, background: { r: 0, g: 128, b: 0 } } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: "SecretCam", Model: "Spy 3000" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "45/1 30/1 0/1" } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const jpeg = await uploadImage(withExif, { name: "x.png", type: "image/png", session });
    expect(jpeg.status).toBe(201);
    expect(jpeg.body.data).toMatchObject({ mimeType: "image/jpeg", width: 20, height: 30 });
    const clean = await stored(jpeg.body.data.url);
    const metadata = await sharp(clean).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(clean.includes(Buffer.from("SecretCam"))).toBe(false);
    const webp = await uploadImage(await solid("webp", { r: 1, g: 2, b: 3 }), { name: "a.gif", session });
    expect(webp.body.data.mimeType).toBe("image/webp");
  });

  it.each([
    ["an SVG declared image/png", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')],
    ["an HTML page declared image/png", Buffer.from("<!doctype html><script>alert(1)</script>")],
    ["a GIF", Buffer.from("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==", "base64")],
    ["a PNG header over garbage", Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), Buffer.from("not really a png at all")])],
    ["an empty file", Buffer.alloc(0)],
  ])("refuses %s with 400", async (_case, bytes) => {
    const { session } = await newDesign();
    const result = await uploadImage(bytes, { session });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ success: false, errorCode: "validation_error" });
  });

  it("refuses a file over 10 MB and an image over the pixel limit with 413", async () => {
    const { session } = await newDesign();
    const big = Buffer.concat([await solid("png", GREY), Buffer.alloc(10 * 1024 * 1024)]);
    expect((await uploadImage(big, { session })).status).toBe(413);
    // 7000 × 7000 of one colour compresses to a small PNG but is 49 megapixels.
    const huge = await sharp({ create: { width: 7000, height: 7000, channels: 3, background: GREY } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.length).toBeLessThan(10 * 1024 * 1024);
    expect((await uploadImage(huge, { session })).body).toMatchObject({ errorCode: "payload_too_large" });
  });

  it("needs a designer session or a customer, and ownership of a named design", async () => {
    expect((await uploadImage(await solid("png", GREY))).status).toBe(401);
    const { id, session } = await newDesign();
    expect((await uploadImage(await solid("png", GREY), { session: newToken(), fields: { designId: String(id) } })).status).toBe(403);
    const attached = await uploadImage(await solid("png", GREY), { session, fields: { designId: String(id) } });
    expect(attached.body.data.designId).toBe(id);
    expect((await uploadImage(await solid("png", GREY), { session, fields: { designId: "x" } })).status).toBe(400);
    const form = await upload(designAssetsRoute.POST, `/api/storefront/${siteId}/designs/${id}/assets`, { designId: String(id) }, await solid("png", GREY), { session });
    expect(form.status).toBe(201);
    expect(form.body.data).toMatchObject({ designId: id, kind: "upload" });
    expect((await upload(designAssetsRoute.POST, `/x`, { designId: String(id) }, await solid("png", GREY), { session: newToken() })).status).toBe(403);
    const notMultipart = await callRoute(designAssetsRoute.POST, "/x", { params: { siteId: String(siteId), designId: String(id) }, method: "POST", body: { file: "x" }, headers: designSessionCookie(session) });
    expect(notMultipart.status).toBe(400);
  });
});

describe("rendering", () => {
  it("finalize composites the artwork over the mockup inside the print area and marks the design finalized", async () => {
    const { id, session } = await newDesign();
    const red = await uploadImage(await solid("png", { r: 255, g: 0, b: 0 }, 50, 50), { session });
    // A red square filling the print area's left half (centre 25, 60; 50 × 120), a blue text on top elsewhere.
    const layers = [
      { id: "img", type: "image", side: "front", assetId: red.body.data.id, x: 25, y: 60, width: 50, height: 120 },
      { id: "txt", type: "text", side: "front", x: 75, y: 20, width: 50, height: 20, text: "Hi", fontSize: 16, fill: "#0000ff", zIndex: 1 },
    ];
    const saved = await callRoute((await import("@/app/api/storefront/[siteId]/designs/[designId]/route")).PUT, "/x", { params: { siteId: String(siteId), designId: String(id) }, method: "PUT", body: { layers }, headers: designSessionCookie(session) });
    expect(saved.status).toBe(200);

    expect((await callRoute(finalizeRoute.POST, "/x", { params: { siteId: String(siteId), designId: String(id) }, method: "POST", headers: designSessionCookie(newToken()) })).status).toBe(403);
    const result = await callRoute(finalizeRoute.POST, "/x", { params: { siteId: String(siteId), designId: String(id) }, method: "POST", headers: designSessionCookie(session) });
    expect(result.status).toBe(200);
    const { design, renders } = result.body.data;
    expect(design).toMatchObject({ id, status: "finalized", finalizedAt: expect.any(String), previewUrl: renders[0].mockup.url, thumbnailUrl: expect.stringMatching(/thumbnail/) });
    expect(renders.map((r: { side: string }) => r.side)).toEqual(["front"]);

    const mockup = await stored(renders[0].mockup.url);
    expect(await sharp(mockup).metadata()).toMatchObject({ width: 200, height: 240 });
    expect(await pixel(mockup, AREA.x + 10, AREA.y + 60)).toMatchObject({ r: 255, g: 0, b: 0 });
    expect(await pixel(mockup, AREA.x + 80, AREA.y + 100)).toMatchObject(GREY);
    expect(await pixel(mockup, 5, 5)).toMatchObject(GREY);

    const print = await stored(renders[0].printFile.url);
    const printMeta = await sharp(print).metadata();
    // 2400 px on the long edge would be 20× this small area; the scale is capped at 12×.
    expect(printMeta).toMatchObject({ width: 1200, height: 1440 });
    expect(await pixel(print, 200, 720)).toMatchObject({ r: 255, g: 0, b: 0, a: 255 });
    expect((await pixel(print, 1100, 1400)).a).toBe(0);
    // The text drew some blue in its box (centre 75, 20 → print pixels 900, 240).
    const { data, info } = await sharp(print).extract({ left: 600, top: 100, width: 600, height: 300 }).raw().toBuffer({ resolveWithObject: true });
    let blue = 0;
    for (let i = 0; i < data.length; i += info.channels) if (data[i + 2] > 200 && data[i] < 50 && data[i + 3] > 200) blue++;
    expect(blue).toBeGreaterThan(100);

    const kinds = await db().designAsset.groupBy({ by: ["kind"], where: { designId: id }, _count: true });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toEqual({ render: 2, thumbnail: 1 });
  });

  it("draws rotation, scale and opacity", async () => {
    const { id, session } = await newDesign();
    const white = await uploadImage(await solid("png", { r: 255, g: 255, b: 255 }, 10, 10), { session });
    // A 10 × 100 bar rotated 90° lies horizontally; half opacity over grey gives a lighter grey.
    await db().productDesign.update({
      where: { id },
      data: { layers: [{ id: "bar", type: "image", side: "front", assetId: white.body.data.id, x: 50, y: 60, width: 10, height: 50, scaleY: 2, rotation: 90, opacity: 0.5 }] },
    });
    const result = await callRoute(finalizeRoute.POST, "/x", { params: { siteId: String(siteId), designId: String(id) }, method: "POST", headers: designSessionCookie(session) });
    const mockup = await stored(result.body.data.renders[0].mockup.url);
    const onBar = await pixel(mockup, AREA.x + 10, AREA.y + 60);
    expect(onBar.r).toBeGreaterThan(215);
    expect(onBar.r).toBeLessThan(240);
    expect(await pixel(mockup, AREA.x + 50, AREA.y + 20)).toMatchObject(GREY);
  });

  it("refuses to finalize an empty design, and generate-thumbnail renders a flat PNG", async () => {
    const { id, session } = await newDesign();
    expect((await callRoute(finalizeRoute.POST, "/x", { params: { siteId: String(siteId), designId: String(id) }, method: "POST", headers: designSessionCookie(session) })).status).toBe(400);
    await db().productDesign.update({ where: { id }, data: { layers: [{ id: "t", type: "text", side: "back", x: 25, y: 25, width: 40, height: 20, text: "B", fill: "#00ff00" }] } });
    const post = (body: unknown, session?: string) => callRoute(thumbnailRoute.POST, "/x", { params: { siteId: String(siteId) }, method: "POST", body, headers: session ? designSessionCookie(session) : {} });
    expect((await post({ designId: id }, newToken())).status).toBe(403);
    expect((await post({ designId: id, side: "sleeve" }, session)).status).toBe(400);
    expect((await post({ designId: "x" }, session)).status).toBe(400);
    const thumbnail = await post({ designId: id }, session);
    expect(thumbnail.status).toBe(201);
    expect(thumbnail.body.data).toMatchObject({ kind: "thumbnail", mimeType: "image/png", side: "back", width: 60, height: 60 });
    expect((await sharp(await stored(thumbnail.body.data.url)).metadata()).format).toBe("png");
    expect((await db().productDesign.findUniqueOrThrow({ where: { id } })).thumbnailUrl).toMatch(/^\/media\/sites\//);
  });
});
