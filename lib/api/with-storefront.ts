import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { refuseCrossSiteCookieWrite } from "@/lib/security/cross-site";
import { apiSecurityHeaders } from "@/lib/security/security-headers";
import { getEnabledStore, parseSiteId, type StoreContext } from "@/lib/sites/get-store";
import { ApiError, storeNotFound } from "./errors";
import { errorResponse } from "./respond";

type RouteParams = Record<string, string | string[]>;

export type StorefrontContext<P extends RouteParams> = {
  request: NextRequest;
  store: StoreContext;
  params: Omit<P, "siteId">;
  /** Origin that turns stored asset paths into absolute URLs. */
  origin: string;
};

type Handler<P extends RouteParams> = (ctx: StorefrontContext<P>) => Promise<Response>;

/**
 * Wraps a Storefront API route handler: resolves the site's enabled store (404 "Store not found"
 * otherwise) and turns every thrown error into the error envelope, so no input yields a bare 500.
 * Every answer carries the API's security headers.
 */
export function withStorefront<P extends RouteParams & { siteId: string }>(handler: Handler<P>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    const response = await answer(handler, request, context);
    for (const { key, value } of apiSecurityHeaders(env.NODE_ENV === "production")) response.headers.set(key, value);
    return response;
  };
}

async function answer<P extends RouteParams & { siteId: string }>(handler: Handler<P>, request: NextRequest, context: { params: Promise<P> }): Promise<Response> {
  try {
    const { siteId: rawSiteId, ...params } = await context.params;
    const siteId = parseSiteId(rawSiteId);
    const store = siteId ? await getEnabledStore(siteId) : null;
    if (!store) throw storeNotFound();
    refuseCrossSiteCookieWrite(request, store);
    const origin = env.APP_URL ?? request.nextUrl.origin;
    return await handler({ request, store, params, origin });
  } catch (error) {
    return errorResponse(error);
  }
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type RouteHandler<P> = ((request: NextRequest, context: { params: Promise<P> }) => Promise<Response>) & {
  methodNotAllowed: boolean;
};

/**
 * A route's handlers by method, each wrapped by withStorefront. The methods a route does not
 * serve answer 405 in the envelope with an Allow header, instead of Next's empty 405.
 */
export function storefrontRoute<P extends RouteParams & { siteId: string }>(
  handlers: Partial<Record<Method, Handler<P>>>,
): Record<Method, RouteHandler<P>> {
  const allowed = METHODS.filter((m) => handlers[m]).join(", ");
  const notAllowed: Handler<P> = async () => {
    throw new ApiError("method_not_allowed", `Method not allowed; this route serves ${allowed}`, { Allow: allowed });
  };
  return Object.fromEntries(
    METHODS.map((method) => {
      const handler = handlers[method];
      return [method, Object.assign(withStorefront(handler ?? notAllowed), { methodNotAllowed: !handler })];
    }),
  ) as Record<Method, RouteHandler<P>>;
}
