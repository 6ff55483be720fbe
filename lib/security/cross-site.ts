import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { DESIGN_SESSION_COOKIE } from "@/lib/designs/design-caller";
import { env } from "@/lib/env";
import type { StoreContext } from "@/lib/sites/get-store";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const originOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * The Storefront API is called cross-origin from tenants' sites with Bearer tokens, which a
 * foreign page cannot borrow. The designer's session cookie is the one credential a browser adds
 * by itself, so a state-changing call carrying it must come from this app or the store's own
 * site: another origin (Origin header, or Sec-Fetch-Site: cross-site) is refused (CSRF).
 */
export function refuseCrossSiteCookieWrite(request: NextRequest, store: StoreContext) {
  if (!STATE_CHANGING.has(request.method) || !request.cookies.has(DESIGN_SESSION_COOKIE)) return;
  const origin = request.headers.get("origin");
  const trusted = [request.nextUrl.origin, originOf(store.baseUrl), originOf(env.APP_URL)];
  const foreignOrigin = origin !== null && !trusted.includes(origin);
  if (foreignOrigin || request.headers.get("sec-fetch-site") === "cross-site") {
    throw new ApiError("forbidden", "Cross-site request refused");
  }
}
