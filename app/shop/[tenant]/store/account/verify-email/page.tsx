import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/account/action-form";
import { FormAlert } from "@/components/form-alert";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { verifyEmailAction } from "./actions";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ token?: string | string[] }> };

// The token is a credential: keep it out of indexes and out of the Referer of any link on the page.
export const metadata: Metadata = { title: "Confirm your email", robots: { index: false }, referrer: "no-referrer" };

/**
 * Where the verification e-mail links to (lib/customers/email-verification.ts). Opening the page
 * spends nothing: mail scanners fetch links before the reader does, so only the button's POST does.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length > 0 && token.length <= 200;

  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Confirm your email</h1>
      {usable ? (
        <>
          <p className="mt-3 text-muted">Once confirmed, orders you placed as a guest with this address appear in your account.</p>
          <ActionForm action={verifyEmailAction.bind(null, shop.siteId)} submitLabel="Confirm my email" pendingLabel="Confirming…" className="mt-8 [&_button]:w-full">
            <input type="hidden" name="token" value={token} />
          </ActionForm>
        </>
      ) : (
        <div className="mt-6">
          <FormAlert tone="error">This link is incomplete. Open the link from the e-mail again, or sign in and ask for a new one.</FormAlert>
        </div>
      )}
      <p className="mt-6 text-sm text-muted">
        <Link href={shop.href("/account")} className="font-medium text-ink underline">
          Go to My Account
        </Link>
      </p>
    </div>
  );
}
