import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflate, crc32 } from "node:zlib";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import sharp from "sharp";
import * as designsRoute from "@/app/api/storefront/[siteId]/designs/route";
import * as uploadRoute from "@/app/api/storefront/[siteId]/designs/upload-image/route";
import { MAX_UPLOAD_BYTES } from "@/lib/designs/uploads/sniff-image";
import { objectStorage } from "@/lib/storage/object-storage";
import { callRoute } from "../support/api";
import { designSessionCookie, postUpload } from "../support/design-uploads";
import { createProduct, createSite } from "../support/fixtures";

// Upload limits (issue 7): a decompression bomb is refused from its header, before any decoding,
// in well under 256 MB; bodies over the limit are 413 without being read whole; EXIF is gone.

const MB = 1024 * 1024;
const MEMORY_BUDGET = 256 * MB;
let siteId: number;
let session: string;

const upload = (file: Buffer) => postUpload(uploadRoute.POST, `/api/storefront/${siteId}/designs/upload-image`, { siteId: String(siteId) }, file, { session });

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A valid 14000 × 14000 RGB PNG of black (588 MB of pixels) that compresses to well under 1 MB. */
async function decompressionBomb(): Promise<Buffer> {
  const edge = 14_000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(edge, 0);
  ihdr.writeUInt32BE(edge, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on("data", (data: Buffer) => compressed.push(data));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const rows = Buffer.alloc((1 + edge * 3) * 100); // 100 scanlines of filter 0 and black pixels
  for (let written = 0; written < edge; written += 100) {
    if (!deflate.write(rows)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  const signature = Buffer.from("89504e470d0a1a0a", "hex");
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", Buffer.concat(compressed)), chunk("IEND", Buffer.alloc(0))]);
}

/** Runs the child with the bomb and answers what it printed. */
function inChildProcess(mode: "clean" | "naive", file: string): { outcome: string; peakRssBytes: number } {
  const child = spawnSync(process.execPath, ["--import", "tsx", "tests/support/clean-image-child.ts", mode, file], { encoding: "utf8", timeout: 120_000 });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!);
}

let bomb: Buffer;
let bombFile: string;

beforeAll(async () => {
  siteId = (await createSite()).id;
  const product = await createProduct(siteId, { designable: true });
  const design = await callRoute(designsRoute.POST, `/api/storefront/${siteId}/designs`, { params: { siteId: String(siteId) }, method: "POST", body: { productId: product.id, layers: [] } });
  session = /sd_design_session=([^;]+)/.exec(design.headers.get("set-cookie")!)![1];
  bomb = await decompressionBomb();
  bombFile = join(tmpdir(), `bomb-${process.pid}.png`);
  writeFileSync(bombFile, bomb);
});

afterAll(() => rmSync(bombFile, { force: true }));

describe("a decompression bomb (a small PNG declaring 14000 × 14000)", () => {
  it("is a valid, small PNG that sharp reads as 14000 × 14000", async () => {
    expect(bomb.length).toBeLessThan(MB);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: "png", width: 14_000, height: 14_000 });
  });

  it("is refused with 413 from its header, and the request's memory stays under 256 MB", async () => {
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    const result = await upload(bomb);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ success: false, errorCode: "payload_too_large" });
    expect(peak - baseline).toBeLessThan(MEMORY_BUDGET);
  });

  it("in a process of its own: the upload check peaks under 256 MB, where decoding it would take more (the measurement can fail)", () => {
    const naive = inChildProcess("naive", bombFile);
    expect(naive.outcome).toBe("decoded");
    expect(naive.peakRssBytes).toBeGreaterThan(MEMORY_BUDGET);

    const checked = inChildProcess("clean", bombFile);
    expect(checked.outcome).toBe("payload_too_large");
    expect(checked.peakRssBytes).toBeLessThan(MEMORY_BUDGET);
    console.info(`decompression bomb: peak RSS ${Math.round(checked.peakRssBytes / MB)} MB checked, ${Math.round(naive.peakRssBytes / MB)} MB decoded`);
  });
});

describe("bodies over the size limit", () => {
  /** A 50 MB multipart body as a stream with no Content-Length, counting how much of it is read. */
  function streamedBody(totalBytes: number) {
    const piece = new Uint8Array(64 * 1024).fill(0x41);
    const counter = { pulled: 0 };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (counter.pulled >= totalBytes) return controller.close();
          counter.pulled += piece.length;
          controller.enqueue(piece);
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, counter };
  }
  const request = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    new NextRequest(new URL(`/api/storefront/${siteId}/designs/upload-image`, "http://localhost:3000"), {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=xyz", ...designSessionCookie(session), ...headers },
    } as ConstructorParameters<typeof NextRequest>[1]);
  const call = (req: NextRequest) => uploadRoute.POST(req, { params: Promise.resolve({ siteId: String(siteId) }) });

  it("a chunked 50 MB body is refused with 413 after reading little more than the limit", async () => {
    // The harness can fail: reading such a body whole pulls all 50 MB.
    const naive = streamedBody(50 * MB);
    await new Response(naive.stream).arrayBuffer();
    expect(naive.counter.pulled).toBeGreaterThanOrEqual(50 * MB);

    const { stream, counter } = streamedBody(50 * MB);
    const response = await call(request(stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ success: false, errorCode: "payload_too_large" });
    expect(counter.pulled).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 64 * 1024 + 2 * 64 * 1024);
  });

  it("a declared Content-Length over the limit is refused before a byte is read", async () => {
    const { stream, counter } = streamedBody(50 * MB);
    const response = await call(request(stream, { "content-length": String(50 * MB) }));
    expect(response.status).toBe(413);
    expect(counter.pulled).toBe(0);
  });
});

/** The marker bytes of a JPEG's segments up to the image data (0xE1 = APP1: EXIF or XMP). */
function jpegMarkers(jpeg: Buffer): number[] {
  const markers: number[] = [];
  for (let offset = 2; offset + 4 <= jpeg.length && jpeg[offset] === 0xff; ) {
    const marker = jpeg[offset + 1];
    markers.push(marker);
    if (marker === 0xda) break;
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  return markers;
}

/** The chunk types of a PNG. */
function pngChunks(png: Buffer): string[] {
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= png.length; offset += 12 + png.readUInt32BE(offset)) types.push(png.toString("latin1", offset + 4, offset + 8));
  return types;
}

async function storedBody(url: string) {
  return (await objectStorage().get(new URL(url).pathname.replace(/^\/media\//, "")))!.body;
}

describe("metadata", () => {
  it("a JPEG's EXIF (GPS position, camera) and XMP are stripped: no APP1 segment is left", async () => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 90, g: 120, b: 60 } } })
      .jpeg()
      .withExifMerge({ IFD0: { Make: "SecretCam", Model: "Spy 3000" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1", GPSLongitudeRef: "E", GPSLongitude: "2/1 21/1 3/1" } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Paris"/></rdf:RDF></x:xmpmeta>')
      .toBuffer();
    expect(jpegMarkers(photo)).toContain(0xe1);
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const result = await upload(photo);
    expect(result.status).toBe(201);
    const stored = await storedBody(result.body.data.url);
    expect(jpegMarkers(stored)).not.toContain(0xe1);
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    for (const text of ["SecretCam", "Spy 3000", "Paris", "Exif"]) expect(stored.includes(Buffer.from(text)), text).toBe(false);
  });

  it("a PNG's eXIf and text chunks are stripped too", async () => {
    const picture = await sharp({ create: { width: 20, height: 20, channels: 3, background: { r: 9, g: 9, b: 9 } } })
      .png()
      .withExifMerge({ IFD0: { Make: "SecretCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 24/1" } })
      .toBuffer();
    expect(pngChunks(picture)).toContain("eXIf");
    const result = await upload(picture);
    expect(result.status).toBe(201);
    const chunks = pngChunks(await storedBody(result.body.data.url));
    expect(chunks.filter((type) => ["eXIf", "tEXt", "zTXt", "iTXt"].includes(type))).toEqual([]);
  });
});
