import { headers } from "next/headers";

/**
 * Origin of the current request ("https://shop.example"), for the absolute URLs that Open Graph
 * and JSON-LD need. A shop served on its own domain answers with that domain.
 */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0].trim() || h.get("host") || "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0].trim() || (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}
