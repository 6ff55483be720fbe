import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading, buttonClass, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { AddressLines } from "@/components/account/address-fields";
import { EmptyState } from "@/components/empty-state";
import { FormAlert } from "@/components/form-alert";
import { listAddresses } from "@/lib/account/addresses";
import { memberPage } from "../../_lib/member";
import { deleteAddressAction } from "./actions";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const metadata: Metadata = { title: "Address book", robots: { index: false } };

const NOTICES: Record<string, string> = { added: "Address added.", updated: "Address saved." };

export default async function AddressesPage({ params, searchParams }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/addresses");
  const [addresses, { notice }] = await Promise.all([listAddresses(customerId), searchParams]);
  const message = typeof notice === "string" ? NOTICES[notice] : undefined;

  return (
    <div>
      <AccountHeading
        title="Address book"
        action={
          <Link href={shop.href("/account/addresses/new")} className={buttonClass.primary}>
            Add an address
          </Link>
        }
      >
        <p>Addresses you ship to and pay from. The defaults are filled in at checkout.</p>
      </AccountHeading>
      {message && (
        <div className="mt-6">
          <FormAlert tone="success">{message}</FormAlert>
        </div>
      )}
      {addresses.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No saved addresses yet" action={{ label: "Add an address", href: shop.href("/account/addresses/new") }}>
            Save an address to check out faster.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" className="mt-8 grid gap-4 md:grid-cols-2">
          {addresses.map((address) => {
            const title = address.label || [address.firstName, address.lastName].filter(Boolean).join(" ") || address.line1;
            return (
              <li key={address.id} className={`${cardClass} flex flex-col`} data-testid="address-card">
                <h2 className="font-semibold text-ink">{title}</h2>
                {(address.isDefaultShipping || address.isDefaultBilling) && (
                  <p className="mt-2 flex flex-wrap gap-2">
                    {address.isDefaultShipping && <span className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-ink">Default shipping</span>}
                    {address.isDefaultBilling && <span className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-ink">Default billing</span>}
                  </p>
                )}
                <div className="mt-3 flex-1">
                  <AddressLines address={address} />
                </div>
                <div className="mt-5 flex flex-wrap items-start gap-3">
                  <Link href={shop.href(`/account/addresses/${address.id}`)} className={buttonClass.secondary}>
                    Edit<span className="sr-only"> {title}</span>
                  </Link>
                  <ActionForm
                    action={deleteAddressAction.bind(null, shop.siteId, address.id)}
                    submitLabel={
                      <>
                        Delete<span className="sr-only"> {title}</span>
                      </>
                    }
                    pendingLabel="Deleting…"
                    tone="danger"
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
