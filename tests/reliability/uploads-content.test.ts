import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import * as uploadRoute from "@/app/api/storefront/[siteId]/designs/upload-image/route";
import * as mediaRoute from "@/app/media/[...key]/route";
import { localStorage } from "@/lib/storage/object-storage";
import { callRoute } from "../support/api";
import { postUpload, type UploadOptions } from "../support/design-uploads";
import { createProduct, createSite } from "../support/fixtures";

// Uploads (issue 7): what an upload is comes from its bytes, every accepted image is re-encoded
// (so nothing smuggled beside the pixels survives), storage keys are the server's own, and stored
// files are served with a safe type and nosniff.

let siteId: number;
let session: string;
const KEY = (siteId: number) => new RegExp(`^sites/${siteId}/designs/uploads/upload/[0-9a-f]{24}\\.(png|jpg|webp)$`);

const upload = (file: Buffer, options: UploadOptions = {}) =>
  postUpload(uploadRoute.POST, `/api/storefront/${siteId}/designs/upload-image`, { siteId: String(siteId) }, file, { session, ...options });

const png = (width = 32, height = 24) => sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
const jpeg = () => sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 160, g: 90, b: 30 } } }).jpeg().toBuffer();

/** What /media answers for a stored asset's URL. */
async function served(url: string) {
  const key = new URL(url).pathname.replace(/^\/media\//, "");
  const response = await mediaRoute.GET(new Request(url), { params: Promise.resolve({ key: key.split("/") }) });
  return { key, response, body: Buffer.from(await response.arrayBuffer()) };
}

/** A ZIP (the tail of a GIFAR or any zip polyglot): one stored entry, as a JAR would carry. */
function zipWith(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + data.length, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

/** `png` with a tEXt chunk (keyword, text) inserted before IEND: metadata a sniffing browser might render. */
function withTextChunk(png: Buffer, keyword: string, text: string): Buffer {
  const data = Buffer.from(`${keyword}\0${text}`, "latin1");
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write("tEXt", 4, "latin1");
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), chunk, png.subarray(iend)]);
}

const SCRIPT = "<script>alert(document.cookie)</script>";
const HTML_PAGE = Buffer.from(`<!doctype html><html><body>${SCRIPT}</body></html>`);

beforeAll(async () => {
  siteId = (await createSite()).id;
  const product = await createProduct(siteId, { designable: true });
  const design = await callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, method: "POST", body: { productId: product.id, layers: [] } });
  session = /sd_design_session=([^;]+)/.exec(design.headers.get("set-cookie")!)![1];
});

describe("polyglots are re-encoded: only the pixels survive", () => {
  it.each([
    ["a PNG with an HTML page appended", async () => Buffer.concat([await png(), HTML_PAGE]), "png"],
    ["a PNG with a script in a tEXt chunk", async () => withTextChunk(await png(), "Comment", HTML_PAGE.toString()), "png"],
    ["a GIFAR-style JPEG with a ZIP (JAR) appended", async () => Buffer.concat([await jpeg(), zipWith("META-INF/MANIFEST.MF", `Main-Class: Evil\n${SCRIPT}`)]), "jpg"],
  ])("%s is stored as a clean image of its own format", async (_case, make, extension) => {
    const polyglot = await make();
    expect(polyglot.includes(Buffer.from("<script>")) || polyglot.includes(Buffer.from("PK\x03\x04"))).toBe(true);
    const result = await upload(polyglot, { name: "innocent.png" });
    expect(result.status).toBe(201);
    const { key, response, body } = await served(result.body.data.url);
    expect(key).toMatch(KEY(siteId));
    expect(key.endsWith(`.${extension}`)).toBe(true);
    expect(body.includes(Buffer.from("<script>"))).toBe(false);
    expect(body.includes(Buffer.from("<html"))).toBe(false);
    expect(body.includes(Buffer.from("PK\x03\x04"))).toBe(false);
    expect(body.includes(Buffer.from("Main-Class"))).toBe(false);
    // Nothing after the image's own end: IEND for PNG, EOI for JPEG.
    const end = extension === "png" ? Buffer.from("49454e44ae426082", "hex") : Buffer.from("ffd9", "hex");
    expect(body.subarray(body.length - end.length).equals(end)).toBe(true);
    expect(response.headers.get("content-type")).toBe(extension === "png" ? "image/png" : "image/jpeg");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("anything that is not a PNG, JPEG or WebP by its bytes is refused", () => {
  const svgs = {
    "an SVG with <script>": `<svg xmlns="http://www.w3.org/2000/svg">${SCRIPT}<rect width="10" height="10"/></svg>`,
    "an SVG with an onload handler": `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>`,
    "an SVG with an external reference": `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://169.254.169.254/latest/meta-data/" width="10" height="10"/></svg>`,
    "an SVG behind an XML declaration": `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>`,
  };
  const cases: [string, Buffer, UploadOptions][] = [
    ...Object.entries(svgs).flatMap(([name, svg]): [string, Buffer, UploadOptions][] => [
      [`${name}, declared image/svg+xml`, Buffer.from(svg), { name: "logo.svg", type: "image/svg+xml" }],
      [`${name}, declared image/png and named .png`, Buffer.from(svg), { name: "logo.png", type: "image/png" }],
    ]),
    ["an HTML page declared image/png (a lying Content-Type)", HTML_PAGE, { name: "photo.png", type: "image/png" }],
    ["an HTML page named x.png.html", HTML_PAGE, { name: "x.png.html", type: "text/html" }],
    ["an HTML page named x.html.png", HTML_PAGE, { name: "x.html.png", type: "image/png" }],
    ["a ZIP declared image/jpeg", zipWith("a.txt", "hello"), { name: "a.jpg", type: "image/jpeg" }],
    ["a PDF declared image/png", Buffer.from("%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"), { name: "doc.png", type: "image/png" }],
  ];

  it.each(cases)("%s: 400, nothing stored", async (_case, bytes, options) => {
    const before = storedFiles();
    const result = await upload(bytes, options);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ success: false, errorCode: "validation_error" });
    expect(storedFiles()).toEqual(before);
  });
});

function storedFiles(): string[] {
  const root = join(process.env.DATA_DIR!, "media");
  return existsSync(root) ? (readdirSync(root, { recursive: true }) as string[]).sort() : [];
}

describe("storage keys are generated by the server", () => {
  it.each([
    "x.png.html",
    "../../../../etc/passwd.png",
    "/etc/cron.d/evil.png",
    "..\\..\\windows\\win.ini.png",
    "%2e%2e%2f%2e%2e%2fescape.png",
    "sites/1/designs/7/upload/overwrite-me.png",
    "a\u0000b.png",
    "😀.jpg",
  ])("a real PNG named %j gets a random key under the site's uploads, ending .png", async (name) => {
    const result = await upload(await png(), { name, type: "text/html" });
    expect(result.status).toBe(201);
    const key = new URL(result.body.data.url).pathname.replace(/^\/media\//, "");
    expect(key).toMatch(KEY(siteId));
    expect(key.endsWith(".png")).toBe(true);
    expect(result.body.data.mimeType).toBe("image/png");
    // Every stored file is inside the storage root, under this site's folder or the fixtures' own.
    const outside = storedFiles().filter((path) => path.includes("..") || path.includes("etc") || path.includes("windows"));
    expect(outside).toEqual([]);
  });

  it("the storage itself refuses keys that climb out of its root or name absolute paths", async () => {
    const storage = localStorage();
    for (const key of ["../escape.png", "sites/../../escape.png", "/etc/passwd", "sites//x.png", "sites/1/.hidden", "sites/1/a\\..\\b.png", ""]) {
      await expect(storage.put(key, Buffer.from("x"), "image/png"), key).rejects.toThrow(/Unsafe storage key/);
      expect(await storage.get(key)).toBeNull();
    }
  });

  it("/media serves a stored file of no image type as an octet-stream download, never as a page", async () => {
    await localStorage().put("sites/1/legacy/page.html", HTML_PAGE, "text/html");
    const { response } = await served("http://localhost/media/sites/1/legacy/page.html");
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(response.headers.get("content-disposition")).toBe("attachment");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
