import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getSharedDesignPreview } from "@/lib/designs/public-design";
import { UUID_PATTERN } from "@/lib/designs/schemas";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { MakeItYours } from "@/components/designer/make-it-yours";

type Props = { params: Promise<{ tenant: string; uuid: string }> };

async function sharedDesign(tenant: string, uuid: string) {
  const shop = await resolveShop(tenant);
  if (!shop || !UUID_PATTERN.test(uuid)) return null;
  const design = await getSharedDesignPreview(shop.siteId, uuid.toLowerCase());
  return design ? { shop, design, product: design.product } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant, uuid } = await params;
  const shared = await sharedDesign(tenant, uuid);
  return shared ? { title: `${shared.design.name} – a ${shared.product.name} design`, robots: { index: false } } : {};
}

/** A design its owner shared: a read-only preview and a way to start from it. */
export default async function SharedDesignPage({ params }: Props) {
  const { tenant, uuid } = await params;
  const shared = await sharedDesign(tenant, uuid);
  if (!shared) notFound();
  const { shop, design, product } = shared;
  const image = design.previewUrl ?? design.thumbnailUrl;
  return (
    <div className="mx-auto max-w-3xl px-4 pt-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink">{design.name}</h1>
      <p className="mt-2 text-muted">A design for the {product.name}, shared with you.</p>
      <div className="relative mt-6 aspect-square w-full max-w-lg overflow-hidden rounded-2xl border border-stone-200 bg-white">
        {image ? <Image src={image} alt={`${design.name} on the ${product.name}`} fill sizes="(min-width: 640px) 512px, 100vw" className="object-contain" /> : <p className="p-6 text-muted">The preview appears once the design is finished.</p>}
      </div>
      <MakeItYours siteId={shop.siteId} designId={design.id} productSlug={product.slug} />
    </div>
  );
}
