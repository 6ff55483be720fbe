import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { LineQuantityList } from "@/components/account/line-quantity-list";
import { TextAreaField } from "@/components/account/text-area-field";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmptyState } from "@/components/empty-state";
import { orderNumberParamSchema } from "@/lib/orders/schemas";
import { memberPage } from "../../../../_lib/member";
import { statusLabel } from "@/lib/orders/order-timeline";
import { canReturn } from "../../../../_lib/order-display";
import { returnableItems } from "@/lib/account/returnable-items";
import { requestReturnAction } from "../../actions";

type Props = { params: Promise<{ tenant: string; orderNumber: string }> };

export const metadata: Metadata = { title: "Request a return", robots: { index: false } };

export default async function ReturnPage({ params }: Props) {
  const { tenant, orderNumber: rawNumber } = await params;
  const { shop, customerId } = await memberPage(tenant, `/account/orders/${rawNumber}/return`);
  const parsed = orderNumberParamSchema.safeParse({ orderNumber: decodeURIComponent(rawNumber) });
  const order = parsed.success ? await returnableItems(shop.siteId, customerId, parsed.data.orderNumber) : null;
  if (!parsed.success || !order) notFound();
  const orderNumber = parsed.data.orderNumber;
  const orderPath = `/account/orders/${encodeURIComponent(orderNumber)}`;
  const open = order.items.filter((item) => item.returnable > 0);

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Orders", href: shop.href("/account/orders") },
          { name: orderNumber, href: shop.href(orderPath) },
          { name: "Return", href: shop.href(`${orderPath}/return`) },
        ]}
      />
      <AccountHeading title="Request a return">
        <p>Order {orderNumber}. We reply within two working days with how to send the items back.</p>
      </AccountHeading>
      {!canReturn(order.status) || open.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="Nothing to return on this order" action={{ label: "Back to the order", href: shop.href(orderPath) }}>
            {canReturn(order.status)
              ? "Every item of this order is already in a return request."
              : `Returns open once an order is delivered; this one is ${statusLabel(order.status).toLowerCase()}.`}
          </EmptyState>
        </div>
      ) : (
        <div className={`mt-8 max-w-2xl ${cardClass}`}>
          <ActionForm action={requestReturnAction.bind(null, shop.siteId, orderNumber)} submitLabel="Request return" pendingLabel="Sending…">
            <fieldset>
              <legend className="font-semibold text-ink">Items to return</legend>
              <LineQuantityList lines={open.map((item) => ({ ...item, upTo: item.returnable }))} />
            </fieldset>
            <TextAreaField label="What is wrong?" name="reason" required maxLength={1000} rows={3} />
            <fieldset>
              <legend className="text-sm font-medium text-ink">What would you like?</legend>
              <div className="mt-2 flex flex-wrap gap-x-8 gap-y-2">
                {[
                  ["refund", "A refund"],
                  ["replacement", "A replacement"],
                ].map(([value, label], i) => (
                  <label key={value} className="flex items-center gap-3 text-sm text-ink">
                    <input type="radio" name="resolution" value={value} defaultChecked={i === 0} required className="size-5 accent-ink" />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          </ActionForm>
        </div>
      )}
    </div>
  );
}
