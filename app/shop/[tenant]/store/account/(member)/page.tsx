import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading, buttonClass, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { SignOutButton } from "@/components/account/sign-out-button";
import { FormField } from "@/components/form-field";
import { getCustomerProfile } from "@/lib/customers/get-customer-profile";
import { formatMoney } from "@/lib/format/money";
import { memberPage } from "../_lib/member";
import { resendVerification, saveProfile } from "./actions";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "My account", robots: { index: false } };

export default async function AccountPage({ params }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account");
  const profile = await getCustomerProfile(shop.siteId, customerId);
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(" ");
  const since = new Intl.DateTimeFormat(shop.locale, { month: "long", year: "numeric" }).format(new Date(profile.createdAt));

  return (
    <div>
      <AccountHeading title="My account" action={<SignOutButton home={shop.href()} className={buttonClass.secondary} />}>
        <p>
          Signed in as <span className="font-medium text-ink">{name || profile.email}</span>
          {name && <> ({profile.email})</>}
        </p>
      </AccountHeading>

      {!profile.emailVerified && (
        <section aria-labelledby="verify-heading" className="mt-6 rounded-2xl border border-amber-200 bg-amber-50 p-5">
          <h2 id="verify-heading" className="font-medium text-ink">
            Confirm your email to see orders you placed as a guest
          </h2>
          <p className="mt-1 text-sm text-muted">We sent a link to {profile.email}. Orders placed while signed in are already here.</p>
          <ActionForm action={resendVerification.bind(null, shop.siteId)} submitLabel="Send a new link" pendingLabel="Sending…" tone="secondary" className="mt-4" />
        </section>
      )}

      <dl className="mt-8 grid gap-4 sm:grid-cols-3">
        <div className={cardClass}>
          <dt className="text-sm text-muted">Orders</dt>
          <dd className="mt-1 text-2xl font-semibold text-ink">{profile.orderCount}</dd>
        </div>
        <div className={cardClass}>
          <dt className="text-sm text-muted">Total spent</dt>
          <dd className="mt-1 text-2xl font-semibold text-ink">{formatMoney(profile.totalSpent, shop.currency, shop.locale)}</dd>
        </div>
        <div className={cardClass}>
          <dt className="text-sm text-muted">Customer since</dt>
          <dd className="mt-1 text-2xl font-semibold text-ink">{since}</dd>
        </div>
      </dl>

      <section aria-labelledby="profile-heading" className={`mt-8 ${cardClass}`}>
        <h2 id="profile-heading" className="text-lg font-semibold text-ink">
          Your details
        </h2>
        <p className="mt-1 text-sm text-muted">
          Your email, {profile.email}, is how you sign in. Saved addresses are in{" "}
          <Link href={shop.href("/account/addresses")} className="font-medium text-ink underline">
            your address book
          </Link>
          .
        </p>
        <ActionForm action={saveProfile.bind(null, shop.siteId)} submitLabel="Save details" className="mt-6">
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField label="First name" name="firstName" autoComplete="given-name" maxLength={100} defaultValue={profile.firstName ?? ""} />
            <FormField label="Last name" name="lastName" autoComplete="family-name" maxLength={100} defaultValue={profile.lastName ?? ""} />
          </div>
          <FormField label="Phone" name="phone" type="tel" autoComplete="tel" maxLength={40} defaultValue={profile.phone ?? ""} className="sm:max-w-xs" />
        </ActionForm>
      </section>
    </div>
  );
}
