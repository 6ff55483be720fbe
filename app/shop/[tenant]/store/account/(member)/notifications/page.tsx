import type { Metadata } from "next";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { getNotificationPreferences } from "@/lib/account/notification-preferences";
import { memberPage } from "../../_lib/member";
import { savePreferences } from "./actions";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

const KINDS = [
  { kind: "transactional", title: "Orders and account", about: "Confirmations, shipping updates and password e-mails." },
  { kind: "promotional", title: "Offers", about: "Sales and discount codes." },
  { kind: "newsletter", title: "Newsletter", about: "New arrivals and stories from the shop." },
] as const;

const CHANNELS = [
  { channel: "email", label: "E-mail" },
  { channel: "sms", label: "Text message" },
] as const;

export default async function NotificationsPage({ params }: Props) {
  const { shop, customerId } = await memberPage((await params).tenant, "/account/notifications");
  const preferences = await getNotificationPreferences(customerId);
  return (
    <div>
      <AccountHeading title="Notifications">
        <p>Choose what {shop.name} may send you, and how.</p>
      </AccountHeading>
      <div className={`mt-8 max-w-2xl ${cardClass}`}>
        <ActionForm action={savePreferences.bind(null, shop.siteId)} submitLabel="Save preferences">
          {KINDS.map(({ kind, title, about }) => (
            <fieldset key={kind} className="border-b border-stone-200 pb-5">
              <legend className="font-semibold text-ink">{title}</legend>
              <p className="mt-1 text-sm text-muted">{about}</p>
              <div className="mt-3 flex flex-wrap gap-x-8 gap-y-3">
                {CHANNELS.map(({ channel, label }) => (
                  <label key={channel} className="flex items-center gap-3 text-sm text-ink">
                    <input type="checkbox" name={`${kind}.${channel}`} defaultChecked={preferences[kind][channel]} className="size-5 rounded border-stone-400 accent-ink" />
                    {label}
                    <span className="sr-only"> for {title.toLowerCase()}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </ActionForm>
      </div>
    </div>
  );
}
