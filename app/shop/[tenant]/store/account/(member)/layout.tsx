import { notFound } from "next/navigation";
import { AccountNav } from "@/components/account/account-nav";
import { loyaltySettings } from "@/lib/loyalty/settings";
import { resolveShop } from "@/lib/sites/resolve-shop";

type Props = { children: React.ReactNode; params: Promise<{ tenant: string }> };

// Saved designs are not listed: the designer (a later issue) has no domain function for a
// customer's designs yet; the section joins this list when it does.
const SECTIONS = [
  ["", "Overview"],
  ["/orders", "Orders"],
  ["/subscriptions", "Subscriptions"],
  ["/returns", "Returns"],
  ["/loyalty", "Loyalty"],
  ["/reviews", "Reviews"],
  ["/addresses", "Addresses"],
  ["/wishlist", "Wishlist"],
  ["/designs", "Designs"],
  ["/support", "Support"],
  ["/password", "Password"],
  ["/notifications", "Notifications"],
] as const;

/** My Account's frame: the sections' navigation beside (or, on small screens, above) each page. */
export default async function MemberLayout({ children, params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  // Loyalty is listed only while the store's program is on.
  const loyalty = (await loyaltySettings(shop.siteId)).enabled;
  const sections = SECTIONS.filter(([path]) => loyalty || path !== "/loyalty").map(([path, label]) => ({ href: shop.href(`/account${path}`), label }));
  return (
    <div className="mx-auto max-w-6xl px-4 pt-8 sm:px-6 lg:grid lg:grid-cols-[12rem_minmax(0,1fr)] lg:gap-12 lg:px-8 lg:pt-12">
      <div className="lg:pt-2">
        <AccountNav sections={sections} />
      </div>
      <div className="mt-8 min-w-0 lg:mt-0">{children}</div>
    </div>
  );
}
