import type { Metadata } from "next";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { TextAreaField } from "@/components/account/text-area-field";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FormField } from "@/components/form-field";
import { listAccountOrders } from "@/lib/account/orders";
import { memberPage } from "../../../_lib/member";
import { openThreadAction } from "../actions";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ order?: string | string[] }> };

export const metadata: Metadata = { title: "New support message", robots: { index: false } };

const TOPICS = [
  ["general", "General question"],
  ["order", "An order"],
  ["returns", "Returns and refunds"],
  ["product", "A product"],
  ["account", "My account"],
] as const;

const select = "mt-1.5 block h-11 w-full rounded-xl border border-stone-300 bg-white px-3 text-base text-ink focus:border-ink";

export default async function NewSupportMessagePage({ params, searchParams }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/support/new");
  const [{ orders }, { order }] = await Promise.all([listAccountOrders(shop.siteId, customerId, { page: 1, limit: 20 }), searchParams]);
  const chosenOrder = typeof order === "string" && orders.some((o) => String(o.id) === order) ? order : "";

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Support", href: shop.href("/account/support") },
          { name: "New message", href: shop.href("/account/support/new") },
        ]}
      />
      <AccountHeading title="New support message">
        <p>We usually answer within a working day.</p>
      </AccountHeading>
      <div className={`mt-8 max-w-2xl ${cardClass}`}>
        <ActionForm action={openThreadAction.bind(null, shop.siteId)} submitLabel="Send message" pendingLabel="Sending…">
          <div className="grid gap-5 sm:grid-cols-2">
            <div>
              <label htmlFor="category" className="block text-sm font-medium text-ink">
                Topic
              </label>
              <select id="category" name="category" defaultValue={chosenOrder ? "order" : "general"} className={select}>
                {TOPICS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            {orders.length > 0 && (
              <div>
                <label htmlFor="orderId" className="block text-sm font-medium text-ink">
                  Order (optional)
                </label>
                <select id="orderId" name="orderId" defaultValue={chosenOrder} className={select}>
                  <option value="">None</option>
                  {orders.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.orderNumber}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <FormField label="Subject" name="subject" required maxLength={200} />
          <TextAreaField label="Message" name="body" required maxLength={10000} rows={6} />
        </ActionForm>
      </div>
    </div>
  );
}
