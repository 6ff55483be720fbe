import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/account/action-form";
import { FormAlert } from "@/components/form-alert";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { resetPasswordAction } from "./actions";

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ token?: string | string[] }> };

// The token is a credential: keep it out of indexes and out of the Referer of any link on the page.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" };

/** Where the reset e-mail links to (lib/customers/password-reset.ts builds {baseUrl}/store/account/reset-password?token=…). */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length > 0 && token.length <= 200;

  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Choose a new password</h1>
      {usable ? (
        <>
          <p className="mt-3 text-muted">Once it is set, every device signed in to your account is signed out.</p>
          <ActionForm action={resetPasswordAction.bind(null, shop.siteId)} submitLabel="Set new password" pendingLabel="Saving…" className="mt-8 [&_button]:w-full">
            <input type="hidden" name="token" value={token} />
            <NewPasswordFields name="password" />
          </ActionForm>
        </>
      ) : (
        <div className="mt-6">
          <FormAlert tone="error">This link is incomplete. Open the link from the e-mail again, or ask for a new one.</FormAlert>
        </div>
      )}
      <p className="mt-6 text-sm text-muted">
        <Link href={shop.href("/account/forgot-password")} className="font-medium text-ink underline">
          Ask for a new link
        </Link>
      </p>
    </div>
  );
}
