import "server-only";
import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { env } from "@/lib/env";

// Fetching a URL someone else chose (a provider's image URL, a shopper's "import from URL") must
// never reach this host, its network or a cloud metadata service (server-side request forgery).
// Every hop is checked: the host is resolved once, every address it resolves to must be public,
// and the connection is pinned to the checked address (no second lookup a rebinding DNS server
// could answer differently). Redirects are followed by hand and checked the same way.

const privateRanges = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", 0.0.0.0 itself
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, 169.254.169.254 the cloud metadata service
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, 255.255.255.255
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::", 96], // IPv4-compatible (deprecated) ::a.b.c.d
  ["64:ff9b::", 96], // NAT64: an IPv4 address behind a translator
  ["2002::", 16], // 6to4: an IPv4 address inside
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  privateRanges.addSubnet(network, prefix, "ipv6");
}

/** Whether an IP address (v4, v6, or IPv4-mapped v6 such as ::ffff:127.0.0.1) is not on the public internet. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // BlockList matches IPv4-mapped IPv6 addresses (::ffff:7f00:1) against the IPv4 ranges too.
  return privateRanges.check(address, family === 4 ? "ipv4" : "ipv6");
}

export class UnsafeUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsafeUrlError";
  }
}

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

type FetchOptions = {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  /** Name resolution; the system resolver unless a test supplies its own. */
  resolve?: Resolver;
  /** "address:port" pairs let through although private: only the fakes tests run on loopback (OUTBOUND_ALLOWED_ADDRESSES). */
  allowedAddresses?: string[];
};

export type PublicFetchResult = { body: Buffer; contentType: string; url: string };

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The one address a URL's host may be reached at, checked; refuses URLs that are not plain http(s). */
export async function publicAddressOf(url: URL, resolve: Resolver = systemResolver, allowed: string[] = env.OUTBOUND_ALLOWED_ADDRESSES): Promise<ResolvedAddress> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsafeUrlError(`Refused ${url.protocol} URL`);
  if (url.username || url.password) throw new UnsafeUrlError("Refused URL with credentials");
  // URL has already normalised IPv4 literals written in decimal, octal or hex (2130706433,
  // 0177.0.0.1, 0x7f000001 → 127.0.0.1) and IPv6 ones ([::ffff:127.0.0.1] → ::ffff:7f00:1).
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(host).catch(() => []);
  if (addresses.length === 0) throw new UnsafeUrlError(`Cannot resolve ${host}`);
  // One private answer refuses the host: a name must not point inward at all.
  const refused = addresses.find(({ address }) => isPrivateAddress(address) && !allowed.includes(`${address}:${port}`));
  if (refused) throw new UnsafeUrlError(`Refused ${host}: ${refused.address} is not a public address`);
  return addresses[0];
}

/**
 * GETs a URL chosen outside this server: public addresses only, at most `maxRedirects` redirects
 * (each re-checked), `maxBytes` of body (counted as it arrives), within `timeoutMs` in all.
 */
export async function fetchPublicUrl(rawUrl: string, options: FetchOptions): Promise<PublicFetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const pinned = await publicAddressOf(url, options.resolve, options.allowedAddresses);
    const response = await get(url, pinned, signal);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location) {
      response.resume();
      if (redirects >= (options.maxRedirects ?? 3)) throw new UnsafeUrlError("Too many redirects");
      url = new URL(location, url);
      continue;
    }
    if (response.statusCode !== 200) {
      response.resume();
      throw new Error(`GET ${url.host} answered ${response.statusCode}`);
    }
    const body = await readUpTo(response, options.maxBytes);
    return { body, contentType: response.headers["content-type"] ?? "", url: url.toString() };
  }
}

function get(url: URL, pinned: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  // The connection goes to the checked address whatever the resolver would say now; the host
  // name still names the server (Host header, TLS certificate check).
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as (error: null, addresses: ResolvedAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { method: "GET", lookup: pinnedLookup, signal, headers: { accept: "image/*" } }, resolve);
    request.on("error", reject);
    request.end();
  });
}

async function readUpTo(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw new Error(`Answer larger than ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of response) {
    received += (chunk as Buffer).length;
    if (received > maxBytes) {
      response.destroy();
      throw new Error(`Answer larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
