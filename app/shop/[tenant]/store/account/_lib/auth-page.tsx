import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CredentialsForm } from "@/components/account/credentials-form";
import { FormAlert } from "@/components/form-alert";
import { currentShopCustomer } from "@/lib/customers/shop-session";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { safeReturnPath, type SignInNotice } from "./member";

type AuthPageProps = { tenant: string; next: string | string[] | undefined; mode: "login" | "register"; notice?: string | string[] };

// Why the shopper is asked to sign in (again): set by the password pages and by actions whose session ended.
const NOTICES: Record<SignInNotice, string> = {
  "password-reset": "Your password has been changed. Sign in with your new password.",
  "session-ended": "Your session has ended, so nothing was saved. Please sign in again.",
};

/** The sign-in and registration pages: one form, the other page one link away. */
export async function AuthPage({ tenant, next, mode, notice }: AuthPageProps) {
  const shop = await resolveShop(tenant);
  if (!shop) notFound();
  const returnPath = safeReturnPath(shop, next);
  if (await currentShopCustomer(shop.siteId)) redirect(returnPath);
  const keepNext = next ? `?next=${encodeURIComponent(returnPath)}` : "";
  const noticeText = typeof notice === "string" && notice in NOTICES ? NOTICES[notice as SignInNotice] : null;

  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">{mode === "login" ? "Sign in" : "Create your account"}</h1>
      <p className="mt-3 text-muted">
        {mode === "login" ? "Track orders, keep a wishlist and check out faster." : `Join ${shop.name} to track orders and check out faster.`}
      </p>
      {noticeText && (
        <div className="mt-6">
          <FormAlert tone="success">{noticeText}</FormAlert>
        </div>
      )}
      {shop.customerAccountsEnabled ? (
        <div className="mt-8">
          <CredentialsForm mode={mode} siteId={shop.siteId} next={returnPath} />
          <p className="mt-6 text-sm text-muted">
            {mode === "login" ? (
              <>
                New here?{" "}
                <Link href={shop.href(`/account/register${keepNext}`)} className="font-medium text-ink underline">
                  Create an account
                </Link>
                <span aria-hidden="true"> · </span>
                <Link href={shop.href("/account/forgot-password")} className="font-medium text-ink underline">
                  Forgot your password?
                </Link>
              </>
            ) : (
              <>
                Already have an account?{" "}
                <Link href={shop.href(`/account/sign-in${keepNext}`)} className="font-medium text-ink underline">
                  Sign in
                </Link>
              </>
            )}
          </p>
        </div>
      ) : (
        <p className="mt-8 rounded-xl border border-stone-300 bg-white px-4 py-3 text-muted">This shop does not offer customer accounts. You can still check out as a guest.</p>
      )}
    </div>
  );
}
