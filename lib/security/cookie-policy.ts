import { env } from "@/lib/env";

/**
 * Whether our cookies carry Secure: in production, unless APP_URL says the deployment is served
 * over plain http (a LAN or a demo on a host name other than localhost, where browsers would drop
 * a Secure cookie). Browsers treat http://localhost as secure, so local production runs keep it.
 */
export function secureCookies(): boolean {
  if (env.APP_URL) return env.APP_URL.startsWith("https://") || isLoopbackUrl(env.APP_URL);
  return env.NODE_ENV === "production";
}

function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}
