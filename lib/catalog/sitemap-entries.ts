import { db } from "@/lib/db";

// The sitemaps protocol allows 50,000 URLs per file; a larger catalogue would need an index.
export const SITEMAP_MAX_URLS = 50_000;

export type SitemapEntry = { path: string; lastModified: Date };

/** The shop's indexable pages: categories and active products, paths relative to the shop. */
export async function sitemapEntries(siteId: number): Promise<SitemapEntry[]> {
  const [categories, products] = await Promise.all([
    db().category.findMany({ where: { siteId, active: true }, select: { slug: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db().product.findMany({
      where: { siteId, status: "active" },
      select: { slug: true, updatedAt: true },
      orderBy: { id: "asc" },
      take: SITEMAP_MAX_URLS,
    }),
  ]);
  return [
    ...categories.map((c) => ({ path: `/category/${encodeURIComponent(c.slug)}`, lastModified: c.updatedAt })),
    ...products.map((p) => ({ path: `/products/${encodeURIComponent(p.slug)}`, lastModified: p.updatedAt })),
  ].slice(0, SITEMAP_MAX_URLS - 1);
}
