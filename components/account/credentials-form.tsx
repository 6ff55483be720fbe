"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";

type CredentialsFormProps = {
  mode: "login" | "register";
  siteId: number;
  /** Where to go once signed in: a path on this shop. */
  next: string;
};

/** Sign-in and registration through next-auth's Credentials provider (lib/customers/shop-auth.ts). */
export function CredentialsForm({ mode, siteId, next }: CredentialsFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const result = await signIn("storefront", { ...form, mode, siteId: String(siteId), redirect: false }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    setPending(false);
    setError(describeError(result?.error));
  }

  return (
    // method="post": a click before hydration submits natively, and must not put the password in the URL.
    <form onSubmit={submit} method="post" className="space-y-5">
      {error && <FormAlert tone="error">{error}</FormAlert>}
      {mode === "register" && (
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label="First name" name="firstName" autoComplete="given-name" maxLength={100} />
          <FormField label="Last name" name="lastName" autoComplete="family-name" maxLength={100} />
        </div>
      )}
      <FormField label="Email" name="email" type="email" autoComplete="email" required maxLength={254} />
      <FormField
        label="Password"
        name="password"
        type="password"
        autoComplete={mode === "register" ? "new-password" : "current-password"}
        required
        minLength={mode === "register" ? 8 : 1}
        maxLength={256}
        hint={mode === "register" ? "At least 8 characters. A long passphrase is best." : undefined}
      />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex h-12 w-full items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong disabled:opacity-60"
      >
        {pending ? "Please wait…" : mode === "register" ? "Create account" : "Sign in"}
      </button>
    </form>
  );
}

function describeError(code: string | null | undefined): string {
  // next-auth passes the message our authorize() threw; these two are its own codes.
  if (!code || code === "CredentialsSignin" || code === "Configuration") return "Something went wrong. Please try again.";
  return code;
}
