import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Designer } from "@/components/designer/designer";
import { getProductBySlug } from "@/lib/catalog/get-product";
import { countAnonymousDesigns } from "@/lib/designs/claim-designs";
import { requireDesignableProduct } from "@/lib/designs/designable-product";
import { DESIGNER_FONTS } from "@/lib/designs/fonts";
import { listDesigns } from "@/lib/designs/list-designs";
import { getDesign } from "@/lib/designs/update-design";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { safeDecode } from "../../_lib/safe-decode";
import { currentDesignCaller } from "../_lib/designer-caller";

type Props = { params: Promise<{ tenant: string; slug: string }>; searchParams: Promise<{ designId?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, slug } = await params;
  const shop = await resolveShop(tenant);
  const product = shop ? await getProductBySlug(shop.siteId, safeDecode(slug)) : null;
  return { title: product ? `Design your own ${product.name}` : "Designer", robots: { index: false } };
}

export default async function DesignerPage({ params, searchParams }: Props) {
  const { tenant, slug } = await params;
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const product = await getProductBySlug(shop.siteId, safeDecode(slug));
  if (!product?.designable) notFound();
  const { styles } = await requireDesignableProduct(shop.siteId, product.id);
  if (!styles.some((style) => style.sides.length > 0)) notFound();

  const caller = await currentDesignCaller(shop.siteId);
  const requested = Number((await searchParams).designId);
  // Someone else's design, or none, opens a fresh canvas rather than an error.
  const design = Number.isInteger(requested) && requested > 0 ? await getDesign(shop.siteId, caller, requested, "").catch(() => null) : null;
  const [templates, unclaimed] = await Promise.all([
    listDesigns(shop.siteId, caller, { productId: product.id, templates: true }, ""),
    caller.customerId !== null ? countAnonymousDesigns(shop.siteId, caller.sessionId) : Promise.resolve(0),
  ]);

  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={shop.href(`/products/${encodeURIComponent(product.slug)}`)} className="hover:text-ink hover:underline">
          ← Back to {product.name}
        </Link>
      </nav>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Design your {product.name}</h1>
      <Designer
        siteId={shop.siteId}
        product={{ id: product.id, slug: product.slug, name: product.name }}
        variants={product.variants.filter((v) => v.inStock).map((v) => ({ id: v.id, name: v.name }))}
        styles={styles}
        fonts={DESIGNER_FONTS.map((font) => font.family)}
        templates={templates.map((t) => ({ id: t.id, name: t.name }))}
        design={design && design.productId === product.id ? { id: design.id, name: design.name, styleId: design.styleId, status: design.status, layers: design.layers } : null}
        unclaimedDesigns={unclaimed}
        signInHref={shop.href(`/account/sign-in?next=${encodeURIComponent(shop.href(`/design/${product.slug}`))}`)}
        signedIn={caller.customerId !== null}
      />
    </div>
  );
}
