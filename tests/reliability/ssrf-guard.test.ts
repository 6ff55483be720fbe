import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { generateImages } from "@/lib/ai/openai-images";
import { env } from "@/lib/env";
import { fetchPublicUrl, isPrivateAddress, publicAddressOf, UnsafeUrlError, type Resolver } from "@/lib/security/public-url-fetch";
import { startFakeOpenAi, type FakeOpenAi } from "../support/fake-openai";
import { listenOnLoopback } from "../support/loopback-server";

// URLs the server fetches for others (issue 7): loopback, private, link-local and metadata
// addresses are refused in every spelling, after DNS and after each redirect. Everything stays on
// loopback: "refused" cases point at loopback fakes that must see no request, and "allowed" cases
// name their fake in the guard's explicit exception list (OUTBOUND_ALLOWED_ADDRESSES), never by
// loosening the ranges.

type Fake = { url: string; port: string; address: string; hits: IncomingMessage[]; close: () => Promise<void> };

async function fakeServer(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<Fake> {
  const hits: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    hits.push(request);
    answer(request, response);
  });
  const { url, close } = await listenOnLoopback(server);
  const port = new URL(url).port;
  return { url, port, address: `127.0.0.1:${port}`, hits, close };
}

let png: Buffer;
let images: Fake;
let internal: Fake;

beforeAll(async () => {
  png = await sharp({ create: { width: 24, height: 16, channels: 3, background: { r: 1, g: 2, b: 3 } } }).png().toBuffer();
  images = await fakeServer((request, response) => {
    const path = request.url ?? "/";
    const redirect = /^\/redirect\?to=(.*)$/.exec(path);
    if (redirect) {
      response.writeHead(302, { location: decodeURIComponent(redirect[1]) });
      return response.end();
    }
    if (path === "/loop") {
      response.writeHead(301, { location: "/loop" });
      return response.end();
    }
    if (path === "/huge") {
      response.writeHead(200, { "content-type": "image/png" });
      // Chunked, no Content-Length: the cap must count what arrives.
      const chunk = Buffer.alloc(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && response.write(chunk)) sent++;
        if (sent >= 64) response.end();
        else response.once("drain", pump);
      };
      return pump();
    }
    response.writeHead(200, { "content-type": "image/png" });
    response.end(png);
  });
  internal = await fakeServer((_request, response) => response.end("internal secrets"));
});

afterAll(async () => {
  await Promise.all([images.close(), internal.close()]);
});

const refused = (url: string, options: Partial<Parameters<typeof fetchPublicUrl>[1]> = {}) =>
  expect(fetchPublicUrl(url, { maxBytes: 1024 * 1024, timeoutMs: 5000, allowedAddresses: [images.address], ...options })).rejects.toBeInstanceOf(UnsafeUrlError);

describe("addresses", () => {
  it.each([
    "127.0.0.1", "127.255.255.254", "::1", "0.0.0.0", "::", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
    "169.254.169.254", "169.254.0.1", "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:7f00:1",
    "::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "100.64.0.1", "224.0.0.1", "255.255.255.255",
  ])("%s is private", (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(["8.8.8.8", "93.184.216.34", "172.32.0.1", "11.0.0.1", "169.255.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("%s is public", (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe("URLs, in every spelling of a private address", () => {
  const noDns: Resolver = async () => {
    throw new Error("a literal address needs no DNS");
  };
  it.each([
    "http://127.0.0.1/",
    "http://127.1/",
    "http://2130706433/", // decimal
    "http://0177.0.0.1/", // octal
    "http://0x7f000001/", // hex
    "http://0x7f.0x0.0x0.0x1/",
    "http://017700000001/",
    "http://0/",
    "http://0.0.0.0:8080/",
    "http://[::1]/",
    "http://[::]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://2852039166/", // 169.254.169.254 in decimal
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.0.1/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "https://127.0.0.1:8443/",
  ])("%s is refused before any connection", async (url) => {
    await expect(publicAddressOf(new URL(url), noDns, [])).rejects.toBeInstanceOf(UnsafeUrlError);
  });

  it.each(["file:///etc/passwd", "ftp://example.com/a.png", "gopher://127.0.0.1:6379/_INFO", "data:image/png;base64,AAAA", "http://user:secret@example.com/a.png"])(
    "%s is refused (not a plain http(s) URL)",
    async (url) => {
      await expect(publicAddressOf(new URL(url), noDns, [])).rejects.toBeInstanceOf(UnsafeUrlError);
    },
  );

  it("a host name is refused when any address it resolves to is private (localhost, internal names, mixed answers)", async () => {
    await expect(publicAddressOf(new URL("http://localhost/"))).rejects.toBeInstanceOf(UnsafeUrlError);
    const resolver = (answers: string[]): Resolver => async () => answers.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    await expect(publicAddressOf(new URL("http://metadata.internal/"), resolver(["169.254.169.254"]), [])).rejects.toBeInstanceOf(UnsafeUrlError);
    await expect(publicAddressOf(new URL("http://cdn.example/"), resolver(["93.184.216.34", "10.1.2.3"]), [])).rejects.toBeInstanceOf(UnsafeUrlError);
    await expect(publicAddressOf(new URL("http://v6.example/"), resolver(["::ffff:127.0.0.1"]), [])).rejects.toBeInstanceOf(UnsafeUrlError);
    await expect(publicAddressOf(new URL("http://cdn.example/"), resolver(["93.184.216.34"]), [])).resolves.toEqual({ address: "93.184.216.34", family: 4 });
  });
});

describe("fetching", () => {
  it("refuses a loopback server that is not on the exception list: it sees no request", async () => {
    await refused(`${internal.url}/`);
    await refused(`http://localhost:${internal.port}/`, { resolve: undefined });
    expect(internal.hits).toHaveLength(0);
  });

  it("fetches from an address on the exception list (the tests' fakes), the exception naming address and port exactly", async () => {
    const result = await fetchPublicUrl(`${images.url}/a.png`, { maxBytes: 1024 * 1024, timeoutMs: 5000, allowedAddresses: [images.address] });
    expect(result.body.equals(png)).toBe(true);
    expect(result.contentType).toBe("image/png");
    // Same address, another port: still refused.
    await refused(`${internal.url}/`, { allowedAddresses: [`127.0.0.1:${images.port}`] });
    expect(internal.hits).toHaveLength(0);
  });

  it.each([
    ["another loopback port", () => `${internal.url}/`],
    ["the metadata service", () => "http://169.254.169.254/latest/meta-data/"],
    ["an IPv4-mapped loopback", () => `http://[::ffff:127.0.0.1]:${internal.port}/`],
    ["a decimal loopback", () => `http://2130706433:${internal.port}/`],
    ["an octal loopback", () => `http://0177.0.0.1:${internal.port}/`],
    ["a private network host", () => "http://10.0.0.7/"],
  ])("refuses a redirect to %s, checking the hop before connecting", async (_case, target) => {
    const before = images.hits.length;
    await refused(`${images.url}/redirect?to=${encodeURIComponent(target())}`);
    expect(images.hits.length).toBe(before + 1);
    expect(internal.hits).toHaveLength(0);
  });

  it("follows allowed redirects, but at most 3", async () => {
    const result = await fetchPublicUrl(`${images.url}/redirect?to=${encodeURIComponent(`${images.url}/b.png`)}`, { maxBytes: 1024 * 1024, timeoutMs: 5000, allowedAddresses: [images.address] });
    expect(result.body.equals(png)).toBe(true);
    const before = images.hits.length;
    await refused(`${images.url}/loop`);
    expect(images.hits.length - before).toBe(4);
  });

  it("pins the connection to the address it checked: a rebinding resolver gets one question per hop, and its second answer is checked again", async () => {
    const answers = ["127.0.0.1", "10.9.9.9"];
    const resolve = vi.fn<Resolver>(async () => [{ address: answers.shift() ?? "10.9.9.9", family: 4 }]);
    const host = `images.shop.test:${images.port}`;
    const before = images.hits.length;
    const result = await fetchPublicUrl(`http://${host}/a.png`, { maxBytes: 1024 * 1024, timeoutMs: 5000, allowedAddresses: [images.address], resolve });
    expect(result.body.equals(png)).toBe(true);
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(images.hits.at(-1)!.headers.host).toBe(host);
    expect(images.hits.length).toBe(before + 1);

    // The same name on the next hop now resolves inward: refused.
    answers.splice(0, answers.length, "127.0.0.1", "10.9.9.9");
    resolve.mockClear();
    await refused(`http://${host}/redirect?to=${encodeURIComponent(`http://${host}/b.png`)}`, { resolve });
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it("stops reading past maxBytes, with or without a Content-Length", async () => {
    await expect(fetchPublicUrl(`${images.url}/huge`, { maxBytes: 1024 * 1024, timeoutMs: 5000, allowedAddresses: [images.address] })).rejects.toThrow(/larger than/);
  });
});

describe("provider image URLs (OpenAI answering url instead of b64_json)", () => {
  let openai: FakeOpenAi;
  const realUrl = env.OPENAI_API_URL;
  const call = () => generateImages({ apiKey: "sk-test-merchant", prompt: "a fox", size: "1024x1024", quality: "low", transparent: false, n: 1 });

  beforeAll(async () => {
    openai = await startFakeOpenAi();
    env.OPENAI_API_URL = `${openai.url}/v1`;
  });
  afterAll(async () => {
    env.OPENAI_API_URL = realUrl;
    await openai.close();
  });
  afterEach(() => {
    env.OUTBOUND_ALLOWED_ADDRESSES = [];
  });

  it.each([
    ["a loopback server", () => `${internal.url}/x.png`],
    ["the metadata service", () => "http://169.254.169.254/latest/meta-data/"],
    ["a redirect to loopback", () => `${images.url}/redirect?to=${encodeURIComponent(`${internal.url}/x.png`)}`],
  ])("an image URL pointing at %s is never fetched: the call fails as a provider failure", async (_case, url) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    env.OUTBOUND_ALLOWED_ADDRESSES = [images.address];
    openai.answerUrlsOnce([url()]);
    await expect(call()).rejects.toMatchObject({ code: "ai_provider_error" });
    expect(internal.hits).toHaveLength(0);
    vi.restoreAllMocks();
  });

  it("an image URL on an allowed address is fetched and decoded", async () => {
    env.OUTBOUND_ALLOWED_ADDRESSES = [images.address];
    openai.answerUrlsOnce([`${images.url}/generated.png`]);
    const { images: generated } = await call();
    expect(generated).toHaveLength(1);
    expect(generated[0]).toMatchObject({ mimeType: "image/png", width: 24, height: 16 });
  });
});
