import type { Metadata } from "next";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { AddressFields } from "@/components/account/address-fields";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { memberPage } from "../../../_lib/member";
import { addAddressAction } from "../actions";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Add an address", robots: { index: false } };

export default async function NewAddressPage({ params }: Props) {
  const { shop } = await memberPage((await params).tenant, "/account/addresses/new");
  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Address book", href: shop.href("/account/addresses") },
          { name: "Add an address", href: shop.href("/account/addresses/new") },
        ]}
      />
      <AccountHeading title="Add an address" />
      <div className={`mt-8 max-w-2xl ${cardClass}`}>
        <ActionForm action={addAddressAction.bind(null, shop.siteId)} submitLabel="Save address">
          <AddressFields />
        </ActionForm>
      </div>
    </div>
  );
}
