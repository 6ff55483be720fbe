"use client";

import { startTransition, useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import { FormField } from "@/components/form-field";
import type { LookupState } from "./actions";

/** Order number and email; a match opens the order's page, anything else one same message. */
export function LookupForm({ lookup }: { lookup: (state: LookupState, formData: FormData) => Promise<LookupState> }) {
  const [state, action, pending] = useActionState(lookup, null);
  return (
    <form
      action={action}
      // Keeps what was typed when the answer is "not found" (React would reset the form).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-5"
    >
      {state && <FormAlert tone="error">{state.message}</FormAlert>}
      <FormField label="Order number" name="orderNumber" required maxLength={64} autoComplete="off" spellCheck={false} defaultValue={state?.values.orderNumber} hint="From your confirmation email, e.g. ORD-0042." />
      <FormField label="Email" name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={state?.values.email} hint="The address you ordered with." />
      <button
        type="submit"
        disabled={pending}
        className="inline-flex h-12 w-full items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong disabled:opacity-60"
      >
        {pending ? "Looking…" : "Find my order"}
      </button>
    </form>
  );
}
