import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/account/action-form";
import { FormField } from "@/components/form-field";
import { resolveShop } from "@/lib/sites/resolve-shop";
import { forgotPasswordAction } from "./actions";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default async function ForgotPasswordPage({ params }: Props) {
  const shop = await resolveShop((await params).tenant);
  if (!shop) notFound();
  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight text-ink sm:text-4xl">Forgot your password?</h1>
      <p className="mt-3 text-muted">Enter the email of your {shop.name} account and we will send you a link to choose a new one.</p>
      <ActionForm action={forgotPasswordAction.bind(null, shop.siteId)} submitLabel="Send reset link" pendingLabel="Sending…" className="mt-8 [&_button]:w-full">
        <FormField label="Email" name="email" type="email" autoComplete="email" required maxLength={254} />
      </ActionForm>
      <p className="mt-6 text-sm text-muted">
        Remembered it?{" "}
        <Link href={shop.href("/account/sign-in")} className="font-medium text-ink underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
