import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { lookupOrderAction } from "./actions";
import { LookupForm } from "./lookup-form";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = {
  title: "Find your order",
  description: "Look up an order with its number and your email address to see its status and tracking.",
  robots: { index: false, follow: true },
};

export default async function OrderLookupPage({ params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Find your order</h1>
      <p className="mt-3 text-muted">Enter your order number and email address to see the order’s status and tracking.</p>
      <div className="mt-8">
        <LookupForm lookup={lookupOrderAction.bind(null, shop.siteId)} />
      </div>
      {shop.customerAccountsEnabled && (
        <p className="mt-6 text-sm text-muted">
          Have an account?{" "}
          <Link href={shop.href("/account")} className="font-medium text-ink underline underline-offset-4">
            Sign in
          </Link>{" "}
          to see all your orders.
        </p>
      )}
    </div>
  );
}
