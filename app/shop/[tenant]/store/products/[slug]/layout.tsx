import { notFound } from "next/navigation";
import { getProductBySlug } from "@/lib/catalog/get-product";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { safeDecode } from "../../_lib/safe-decode";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string; slug: string }> };

// The existence check lives here, outside this segment's loading.tsx boundary: once a loading
// skeleton has streamed the status is fixed at 200, so notFound() in the page would be a soft 404.
// getProductBySlug is React-cached, so the page reuses this read.
export default async function ProductLayout({ children, params }: Props) {
  const { tenant, slug } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  if (!(await getProductBySlug(shop.siteId, safeDecode(slug), ""))) notFound();
  return children;
}
