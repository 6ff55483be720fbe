import type { Metadata } from "next";
import Link from "next/link";
import { AccountHeading, buttonClass } from "@/components/account/account-heading";
import { StatusBadge } from "@/components/account/status-badge";
import { EmptyState } from "@/components/empty-state";
import { listSupportMessages } from "@/lib/account/support";
import { memberPage } from "../../_lib/member";
import { humanize } from "@/lib/orders/order-timeline";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Support", robots: { index: false } };

const threadTone = (status: string) => (status === "answered" ? "good" : "neutral");

export default async function SupportPage({ params }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/support");
  const threads = await listSupportMessages(shop.siteId, customerId);
  const date = new Intl.DateTimeFormat(shop.locale, { dateStyle: "medium" });

  return (
    <div>
      <AccountHeading
        title="Support"
        action={
          <Link href={shop.href("/account/support/new")} className={buttonClass.primary}>
            New message
          </Link>
        }
      >
        <p>Your conversations with {shop.name}, latest activity first.</p>
      </AccountHeading>
      {threads.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No messages yet" action={{ label: "Write to us", href: shop.href("/account/support/new") }}>
            Questions about an order, a product or your account: we answer here.
          </EmptyState>
        </div>
      ) : (
        <ul role="list" className="mt-8 divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {threads.map((thread) => (
            <li key={thread.id} className="relative px-5 py-4 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-accent">
              <div className="flex flex-wrap items-center gap-3">
                <h2 className="min-w-0 font-semibold text-ink">
                  <Link href={shop.href(`/account/support/${thread.id}`)} className="after:absolute after:inset-0 focus-visible:outline-hidden">
                    {thread.subject}
                  </Link>
                </h2>
                <StatusBadge label={humanize(thread.status)} tone={threadTone(thread.status)} />
              </div>
              <p className="mt-1 text-sm text-muted">
                {humanize(thread.category)} · {thread.replyCount === 1 ? "1 reply" : `${thread.replyCount} replies`} · last activity{" "}
                <time dateTime={thread.lastActivityAt}>{date.format(new Date(thread.lastActivityAt))}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
