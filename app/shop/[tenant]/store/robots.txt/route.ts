import { resolveShop } from "@/lib/sites/resolve-shop";
import { requestOrigin } from "../_lib/request-origin";

// Shopper-private and endless pages stay out of search engines; the catalogue is open.
const PRIVATE_PATHS = ["/account", "/cart", "/checkout", "/orders", "/search"];

// Per request: the shop depends on the host.
export const dynamic = "force-dynamic";

// GET /robots.txt – crawl rules and the sitemap of the shop this host serves
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) return new Response("Not found", { status: 404 });
  const lines = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /api/",
    ...PRIVATE_PATHS.map((path) => `Disallow: ${shop.href(path)}`),
    "",
    `Sitemap: ${await requestOrigin()}${shop.basePath}/sitemap.xml`,
    "",
  ];
  return new Response(lines.join("\n"), { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
