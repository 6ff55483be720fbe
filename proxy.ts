import { NextResponse, type NextRequest } from "next/server";
import { SHOP_BASE_HEADER } from "@/lib/sites/shop-base";

// Maps public shop URLs onto the internal route app/shop/[tenant]/store/...:
//   https://{site domain}/store/...  and  /        → /shop/{host}/store/...   (base "")
//   /s/{siteId}/store/...            and  /s/{id}  → /shop/{siteId}/store/... (base "/s/{siteId}")
//   /sitemap.xml, /robots.txt (by host) and /s/{siteId}/sitemap.xml → the shop's own
//   /design/share/{uuid} (by host) and /s/{siteId}/design/share/{uuid} → the shared design page
// The page resolves the tenant (a site id, or a host name claimed by Site.domain, else the default site).
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const explicit = pathname.match(/^\/s\/(\d{1,10})(\/store)?(\/.*)?$/);
  if (explicit) {
    const [, siteId, , rest = ""] = explicit;
    return rewrite(request, `/shop/${siteId}/store${rest}`, `/s/${siteId}`);
  }
  const host = (request.headers.get("host") ?? "localhost").split(":")[0].toLowerCase();
  if (pathname === "/sitemap.xml" || pathname === "/robots.txt") {
    return rewrite(request, `/shop/${encodeURIComponent(host)}/store${pathname}`, "");
  }
  // Shared designs live at {store.baseUrl}/design/share/{uuid}, as the API's share answer says.
  if (pathname.startsWith("/design/")) {
    return rewrite(request, `/shop/${encodeURIComponent(host)}/store${pathname}`, "");
  }
  if (pathname === "/" || pathname === "/store" || pathname.startsWith("/store/")) {
    const rest = pathname.replace(/^\/(store)?/, "").replace(/^\//, "");
    return rewrite(request, `/shop/${encodeURIComponent(host)}/store${rest ? `/${rest}` : ""}`, "");
  }
  // The internal tree is reachable only through the rewrites above. A rewritten request can pass
  // through here again (next start -H does so), carrying the base header set by rewrite().
  if (pathname.startsWith("/shop/") && !request.headers.has(SHOP_BASE_HEADER)) return new NextResponse("Not found", { status: 404 });
  return NextResponse.next();
}

function rewrite(request: NextRequest, pathname: string, base: string) {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  const headers = new Headers(request.headers);
  headers.set(SHOP_BASE_HEADER, base);
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  matcher: ["/", "/store/:path*", "/s/:path*", "/shop/:path*", "/sitemap.xml", "/robots.txt", "/design/:path*"],
};
