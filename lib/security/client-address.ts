import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The client's IP address, for per-address rate limits; "unknown" when it cannot be known.
 *
 * Next.js route handlers are not given the socket's remote address, so the only source is a
 * header a proxy sets. Any client can send X-Forwarded-For (or X-Real-IP) itself, so the header
 * is believed only when TRUST_PROXY=1 says a proxy we control sits in front and sets it (Vercel
 * replaces X-Forwarded-For with the address it saw). Its first entry is then the client. X-Real-IP
 * is never read: one trusted header is enough, and a second one is one more to forge.
 *
 * `trustProxy` defaults to the configuration; tests pass it, as env is read once at start-up.
 */
export function clientAddress(request: { headers: Headers }, trustProxy = env.TRUST_PROXY === "1"): string {
  if (!trustProxy) return "unknown";
  const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "";
  // Anything but a plain IP address is not what our proxy writes.
  return isIP(first) ? first : "unknown";
}
