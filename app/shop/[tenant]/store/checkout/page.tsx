import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { previewCheckout } from "@/lib/checkout/preview-checkout";
import { getCustomerProfile } from "@/lib/customers/get-customer-profile";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { newToken } from "@/lib/security/tokens";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { EmptyState } from "@/components/empty-state";
import { OrderLines } from "@/components/checkout/order-lines";
import { placeOrderAction, previewCheckoutAction } from "./actions";
import { CheckoutForm, type CheckoutValues } from "./_components/checkout-form";
import { appliedCodes, cartSessionId } from "./_lib/cart-session";
import { countryOptions, homeCountry } from "./_lib/countries";
import { toPreviewView } from "./_lib/preview-view";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Checkout", robots: { index: false, follow: false } };

export default async function CheckoutPage({ params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  const sessionId = await cartSessionId();
  const [codes, values, signedIn] = await Promise.all([appliedCodes(shop.siteId), shopperDetails(shop.siteId), currentShopCustomer(shop.siteId)]);
  const country = values.country ?? homeCountry(shop.locale);
  const preview = sessionId
    ? await previewCheckout(shop, {
        sessionId,
        address: { country, state: values.state, postalCode: values.postalCode, city: values.city },
        discountCode: codes.discountCode,
        giftCertificateCode: codes.giftCertificateCode,
        customerId: signedIn?.customerId,
      })
    : null;

  return (
    <div className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 lg:px-8">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Checkout</h1>
      {!preview || preview.items.length === 0 ? (
        <div className="mt-10">
          <EmptyState title="Your cart is empty" action={{ label: "Continue shopping", href: shop.href() }}>
            Add something you like, then come back here to check out.
          </EmptyState>
        </div>
      ) : (
        <>
          <p className="mt-3 text-muted">
            <Link href={shop.href("/cart")} className="font-medium text-ink underline underline-offset-4">
              Back to your cart
            </Link>
            {!signedIn && shop.customerAccountsEnabled && (
              <>
                <span aria-hidden="true"> · </span>
                Have an account?{" "}
                <Link href={shop.href(`/account/sign-in?next=${encodeURIComponent(shop.href("/checkout"))}`)} className="font-medium text-ink underline underline-offset-4">
                  Sign in
                </Link>{" "}
                to check out faster.
              </>
            )}
          </p>
          <div className="mt-8">
            <CheckoutForm
              placeOrder={placeOrderAction.bind(null, shop.siteId)}
              preview={previewCheckoutAction.bind(null, shop.siteId)}
              values={{ ...values, country, ...codes }}
              initialPreview={toPreviewView(preview)}
              idempotencyKey={newToken()}
              countries={countryOptions(shop.locale, homeCountry(shop.locale), country)}
              money={{ currency: shop.currency, locale: shop.locale }}
              items={
                <OrderLines
                  currency={shop.currency}
                  locale={shop.locale}
                  lines={preview.items.map((item) => ({ key: item.id, name: item.productName, variantName: item.variantName, quantity: item.quantity, total: item.lineTotal, image: item.design?.thumbnailUrl ?? item.image }))}
                />
              }
            />
          </div>
        </>
      )}
    </div>
  );
}

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

/** A signed-in shopper's contact details and default shipping address, to prefill the form. */
async function shopperDetails(siteId: number): Promise<CheckoutValues> {
  const session = await currentShopCustomer(siteId);
  if (!session) return {};
  const profile = await getCustomerProfile(siteId, session.customerId);
  const saved = profile.addressBook.find((a) => a.isDefaultShipping) ?? profile.addressBook[0];
  const address: Record<string, unknown> = saved ?? profile.defaultShippingAddress ?? {};
  return {
    email: profile.email,
    name: [profile.firstName, profile.lastName].filter(Boolean).join(" ") || undefined,
    phone: str(profile.phone) ?? str(address.phone),
    line1: str(address.line1),
    line2: str(address.line2),
    city: str(address.city),
    state: str(address.state),
    postalCode: str(address.postalCode),
    country: str(address.country)?.toUpperCase(),
  };
}
