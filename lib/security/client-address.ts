import { env } from "@/lib/env";

/**
 * The client's address for rate limiting. Route handlers do not see the socket, so the address
 * can only come from a proxy header, and a client can forge that header: it is trusted only when
 * TRUST_PROXY=1 says a proxy we control (Vercel, a load balancer) sets it. Otherwise every client
 * shares "unknown", and per-address limits fall back to the per-account ones.
 */
export function clientAddress(request: Request, trustProxy = env.TRUST_PROXY === "1"): string {
  if (!trustProxy) return "unknown";
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded && forwarded.length <= 64 ? forwarded : "unknown";
}
