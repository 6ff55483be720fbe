import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { AccountHeading } from "@/components/account/account-heading";
import { EmptyState } from "@/components/empty-state";
import { listCustomerDesigns } from "@/lib/designs/customer-designs";
import { memberPage } from "../../_lib/member";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Designs", robots: { index: false } };

export default async function DesignsPage({ params }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/designs");
  const designs = await listCustomerDesigns(shop.siteId, customerId);
  const when = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium" });

  return (
    <div>
      <AccountHeading title="Designs">
        <p>Your saved designs, most recently changed first.</p>
      </AccountHeading>
      {designs.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No designs yet" action={{ label: "Browse the shop", href: shop.href() }}>
            Products you can personalise have a Customize button.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" className="mt-8 grid gap-4 sm:grid-cols-2">
          {designs.map((design) => (
            <li key={design.id} className="flex gap-4 rounded-2xl border border-stone-200 bg-white p-4">
              <div className="relative size-20 shrink-0 overflow-hidden rounded-xl bg-stone-100">
                {design.thumbnailUrl && <Image src={design.thumbnailUrl} alt="" fill sizes="80px" className="object-contain" />}
              </div>
              <div className="min-w-0">
                <p className="truncate font-medium text-ink">{design.name}</p>
                <p className="text-sm text-muted">
                  {design.product.name} · {design.status === "draft" ? "Draft" : "Finished"} · {when.format(design.updatedAt)}
                </p>
                <Link href={shop.href(`/design/${encodeURIComponent(design.product.slug)}?designId=${design.id}`)} className="mt-2 inline-block text-sm font-medium text-ink underline">
                  Open in the designer
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
