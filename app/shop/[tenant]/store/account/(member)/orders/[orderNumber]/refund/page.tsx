import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { LineQuantityList } from "@/components/account/line-quantity-list";
import { TextAreaField } from "@/components/account/text-area-field";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { EmptyState } from "@/components/empty-state";
import { refundableItems } from "@/lib/account/refundable-items";
import { orderNumberParamSchema } from "@/lib/orders/schemas";
import { memberPage } from "../../../../_lib/member";
import { requestRefundAction } from "../../actions";

type Props = { params: Promise<{ tenant: string; orderNumber: string }> };

export const metadata: Metadata = { title: "Request a refund", robots: { index: false } };

export default async function RefundPage({ params }: Props) {
  const { tenant, orderNumber: rawNumber } = await params;
  const { shop, customerId } = await memberPage(tenant, `/account/orders/${rawNumber}/refund`);
  const parsed = orderNumberParamSchema.safeParse({ orderNumber: decodeURIComponent(rawNumber) });
  const order = parsed.success ? await refundableItems(shop.siteId, customerId, parsed.data.orderNumber) : null;
  if (!parsed.success || !order) notFound();
  const orderNumber = parsed.data.orderNumber;
  const orderPath = `/account/orders/${encodeURIComponent(orderNumber)}`;
  const open = order.items.filter((item) => item.eligible && item.refundable > 0);
  const excluded = order.items.filter((item) => !item.eligible);
  const closes = order.policy.closesAt ? new Intl.DateTimeFormat(shop.locale, { dateStyle: "long" }).format(order.policy.closesAt) : null;

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Orders", href: shop.href("/account/orders") },
          { name: orderNumber, href: shop.href(orderPath) },
          { name: "Refund", href: shop.href(`${orderPath}/refund`) },
        ]}
      />
      <AccountHeading title="Request a refund">
        <p>
          Order {orderNumber}. The refund goes back to your card at once; shipping is not refunded.
          {closes && order.policy.open && ` Refunds for this order are possible until ${closes}.`}
        </p>
      </AccountHeading>
      {order.policy.text && <p className="mt-4 max-w-2xl text-sm leading-6 text-muted">{order.policy.text}</p>}
      {!order.available ? (
        <div className="mt-8">
          <EmptyState title="Nothing to refund on this order" action={{ label: "Back to the order", href: shop.href(orderPath) }}>
            {!order.policy.enabled
              ? "This shop does not take refund requests online; you can request a return once your order is delivered."
              : !order.policy.open
                ? "The refund window for this order has closed."
                : "Every item that can be refunded has been refunded already, or this order cannot be refunded."}
          </EmptyState>
        </div>
      ) : (
        <div className={`mt-8 max-w-2xl ${cardClass}`}>
          <ActionForm action={requestRefundAction.bind(null, shop.siteId, orderNumber)} submitLabel="Refund to my card" pendingLabel="Refunding…">
            <fieldset>
              <legend className="font-semibold text-ink">Items to refund</legend>
              <LineQuantityList lines={open.map((item) => ({ ...item, upTo: item.refundable }))} />
              {excluded.length > 0 && (
                <p className="mt-3 text-sm text-muted">Not refundable under this shop&apos;s policy: {excluded.map((i) => i.productName).join(", ")}.</p>
              )}
            </fieldset>
            <TextAreaField label="Why are you asking for a refund?" name="reason" required maxLength={1000} rows={3} />
          </ActionForm>
        </div>
      )}
    </div>
  );
}
