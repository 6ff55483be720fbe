import { sitemapEntries } from "@/lib/catalog/sitemap-entries";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { requestOrigin } from "../_lib/request-origin";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

// Per request: the shop depends on the host.
export const dynamic = "force-dynamic";

// GET /sitemap.xml (a shop on its own host) and /s/{siteId}/sitemap.xml – the shop's pages for crawlers
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) return new Response("Not found", { status: 404 });
  const base = `${await requestOrigin()}${shop.href()}`;
  const entries = await sitemapEntries(shop.siteId);
  const urls = [
    `<url><loc>${escapeXml(base)}</loc></url>`,
    ...entries.map((e) => `<url><loc>${escapeXml(base + e.path)}</loc><lastmod>${e.lastModified.toISOString()}</lastmod></url>`),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
