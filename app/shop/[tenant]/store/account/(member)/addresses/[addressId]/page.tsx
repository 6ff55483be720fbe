import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { AddressFields } from "@/components/account/address-fields";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { addressIdParamSchema, listAddresses } from "@/lib/account/addresses";
import { memberPage } from "../../../_lib/member";
import { updateAddressAction } from "../actions";

type Props = { params: Promise<{ tenant: string; addressId: string }> };

export const metadata: Metadata = { title: "Edit address", robots: { index: false } };

export default async function EditAddressPage({ params }: Props) {
  const { tenant, addressId: rawId } = await params;
  const parsed = addressIdParamSchema.safeParse({ addressId: rawId });
  const { shop, customerId } = await memberPage(tenant, `/account/addresses/${encodeURIComponent(rawId)}`);
  // Only the customer's own addresses: another customer's id is simply not found.
  const address = parsed.success ? (await listAddresses(customerId)).find((a) => a.id === parsed.data.addressId) : undefined;
  if (!address) notFound();

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Address book", href: shop.href("/account/addresses") },
          { name: "Edit address", href: shop.href(`/account/addresses/${address.id}`) },
        ]}
      />
      <AccountHeading title="Edit address" />
      <div className={`mt-8 max-w-2xl ${cardClass}`}>
        <ActionForm action={updateAddressAction.bind(null, shop.siteId, address.id)} submitLabel="Save address">
          <AddressFields address={address} />
        </ActionForm>
      </div>
    </div>
  );
}
