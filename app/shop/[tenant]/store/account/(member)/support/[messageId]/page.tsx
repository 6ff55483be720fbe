import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { StatusBadge } from "@/components/account/status-badge";
import { TextAreaField } from "@/components/account/text-area-field";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { FormAlert } from "@/components/form-alert";
import { getSupportThread, supportMessageParamSchema } from "@/lib/account/support";
import { ApiError } from "@/lib/api/errors";
import { memberPage } from "../../../_lib/member";
import { humanize } from "@/lib/orders/order-timeline";
import { replyAction } from "../actions";

type Props = { params: Promise<{ tenant: string; messageId: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const metadata: Metadata = { title: "Support message", robots: { index: false } };

export default async function SupportThreadPage({ params, searchParams }: Props) {
  const { tenant, messageId } = await params;
  const { shop, customerId } = await memberPage(tenant, `/account/support/${messageId}`);
  const parsed = supportMessageParamSchema.safeParse({ messageId });
  if (!parsed.success) notFound();
  const thread = await getSupportThread(shop.siteId, customerId, parsed.data.messageId).catch((error) => {
    if (error instanceof ApiError && error.code === "not_found") notFound();
    throw error;
  });
  const opened = (await searchParams).notice === "opened";
  const when = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium", timeStyle: "short" });
  const messages = [{ id: 0, authorType: "customer" as const, body: thread.body, createdAt: thread.createdAt }, ...thread.replies];

  return (
    <div>
      <Breadcrumbs
        className="mb-4"
        items={[
          { name: "Support", href: shop.href("/account/support") },
          { name: thread.subject, href: shop.href(`/account/support/${thread.id}`) },
        ]}
      />
      <AccountHeading title={thread.subject}>
        <p className="flex flex-wrap items-center gap-3">
          <StatusBadge label={humanize(thread.status)} tone={thread.status === "answered" ? "good" : "neutral"} />
          <span>{humanize(thread.category)}</span>
        </p>
      </AccountHeading>
      {opened && (
        <div className="mt-6">
          <FormAlert tone="success">Message sent. We will answer here and let you know by e-mail.</FormAlert>
        </div>
      )}
      <ol role="list" className="mt-8 space-y-4" aria-label="Messages">
        {messages.map((message) => {
          const fromShop = message.authorType === "staff";
          return (
            <li key={message.id} className={`${cardClass} ${fromShop ? "border-accent/40 bg-orange-50/40 sm:mr-12" : "sm:ml-12"}`}>
              <p className="text-sm font-medium text-ink">
                {fromShop ? shop.name : "You"}
                <span className="font-normal text-muted">
                  {" "}
                  · <time dateTime={message.createdAt}>{when.format(new Date(message.createdAt))}</time>
                </span>
              </p>
              <p className="mt-2 whitespace-pre-line text-ink">{message.body}</p>
            </li>
          );
        })}
      </ol>
      <section aria-labelledby="reply-heading" className={`mt-8 ${cardClass}`}>
        <h2 id="reply-heading" className="font-semibold text-ink">
          Reply
        </h2>
        <ActionForm action={replyAction.bind(null, shop.siteId, thread.id)} submitLabel="Send reply" pendingLabel="Sending…" resetOnSuccess className="mt-4">
          <TextAreaField label="Your reply" name="body" required maxLength={10000} rows={4} />
        </ActionForm>
      </section>
    </div>
  );
}
