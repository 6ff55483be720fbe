import { createServer } from "node:http";
import sharp from "sharp";
import { listenOnLoopback, readJsonBody } from "./loopback-server";

// A fake of OpenAI's image generation endpoint on loopback: answers real PNGs (small, in the
// requested aspect ratio, transparent when asked) as base64, records every request, and fails or
// answers fewer images on demand. Point OPENAI_API_URL at `${url}/v1`.

export type FakeImageRequest = { path: string; authorization: string | null; body: Record<string, unknown> };

export type FakeOpenAi = {
  url: string;
  requests: FakeImageRequest[];
  /** The next n calls answer `status` with an error that quotes the caller's key, as a careless provider might. */
  failNext(n: number, status?: number): void;
  /** The next call answers this many images whatever n asked. */
  answerImagesOnce(count: number): void;
  /** The next call answers these image URLs (as DALL·E does) instead of base64 images. */
  answerUrlsOnce(urls: string[]): void;
  /** While on, every request is read and never answered. */
  stall(on: boolean): void;
  close(): Promise<void>;
};

/** A 1/16-scale PNG of the requested size: "1024x1536" gives 64x96; "auto" a square. */
export async function fakePng(size: unknown, transparent: boolean): Promise<Buffer> {
  const [width, height] = typeof size === "string" && /^\d+x\d+$/.test(size) ? size.split("x").map((v) => Number(v) / 16) : [64, 64];
  const background = transparent ? { r: 0, g: 0, b: 0, alpha: 0 } : { r: 250, g: 245, b: 235, alpha: 1 };
  const dot = await sharp({ create: { width: Math.floor(width / 2), height: Math.floor(height / 2), channels: 4, background: { r: 200, g: 60, b: 30, alpha: 1 } } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 4, background } })
    .composite([{ input: dot, gravity: "center" }])
    .png()
    .toBuffer();
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const requests: FakeImageRequest[] = [];
  let failures = 0;
  let failureStatus = 500;
  let stalled = false;
  let imagesOnce: number | null = null;
  let urlsOnce: string[] | null = null;

  const server = createServer(async (request, response) => {
    const body = await readJsonBody(request);
    const path = (request.url ?? "").split("?")[0];
    const authorization = request.headers.authorization ?? null;
    requests.push({ path, authorization, body });
    // Stalled: the request is read and never answered, as a provider that hangs.
    if (stalled) return;
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(payload));
    };
    if (request.method !== "POST" || path !== "/v1/images/generations") return send(404, { error: { message: "Unknown path (fake)" } });
    if (failures > 0) {
      failures--;
      return send(failureStatus, { error: { type: "invalid_request_error", code: "invalid_api_key", message: `Incorrect API key provided: ${authorization}. Internal cluster eu-7 overloaded.` } });
    }
    if (urlsOnce) {
      const urls = urlsOnce;
      urlsOnce = null;
      return send(200, { created: Math.floor(Date.now() / 1000), data: urls.map((url) => ({ url })) });
    }
    const count = imagesOnce ?? Number(body.n ?? 1);
    imagesOnce = null;
    const transparent = body.background === "transparent";
    const images = await Promise.all(Array.from({ length: count }, () => fakePng(body.size, transparent)));
    send(200, {
      created: Math.floor(Date.now() / 1000),
      background: transparent ? "transparent" : "opaque",
      output_format: "png",
      quality: body.quality,
      size: body.size,
      data: images.map((png) => ({ b64_json: png.toString("base64") })),
      usage: { input_tokens: 20, output_tokens: 1000 * count, total_tokens: 20 + 1000 * count, input_tokens_details: { image_tokens: 0, text_tokens: 20 } },
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return {
    url,
    requests,
    failNext: (n, status = 500) => {
      failures = n;
      failureStatus = status;
    },
    stall: (on) => {
      stalled = on;
    },
    answerImagesOnce: (count) => {
      imagesOnce = count;
    },
    answerUrlsOnce: (urls) => {
      urlsOnce = urls;
    },
    close,
  };
}
