import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SignOutButton } from "@/components/account/sign-out-button";
import { getCustomerProfile } from "@/lib/customers/get-customer-profile";
import { formatMoney } from "@/lib/format/money";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { requireMember } from "./_lib/member";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "My account", robots: { index: false } };

export default async function AccountPage({ params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  const { customerId } = await requireMember(shop, "/account");
  const profile = await getCustomerProfile(shop.siteId, customerId);
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(" ");

  return (
    <div className="mx-auto max-w-4xl px-4 pt-12 sm:px-6 lg:px-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">My account</h1>
          <p className="mt-2 text-muted">
            Signed in as <span className="font-medium text-ink">{name || profile.email}</span>
            {name && <> ({profile.email})</>}
          </p>
        </div>
        <SignOutButton
          home={shop.href()}
          className="inline-flex h-11 items-center rounded-full border border-ink/80 px-6 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper"
        />
      </div>
      <dl className="mt-10 grid gap-4 sm:grid-cols-2">
        <div className="rounded-2xl border border-stone-200 bg-white p-5">
          <dt className="text-sm text-muted">Orders</dt>
          <dd className="mt-1 text-2xl font-semibold text-ink">{profile.orderCount}</dd>
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-5">
          <dt className="text-sm text-muted">Total spent</dt>
          <dd className="mt-1 text-2xl font-semibold text-ink">{formatMoney(profile.totalSpent, shop.currency, shop.locale)}</dd>
        </div>
      </dl>
    </div>
  );
}
