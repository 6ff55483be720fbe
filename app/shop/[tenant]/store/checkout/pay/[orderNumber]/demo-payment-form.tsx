"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/form-alert";
import type { DemoPaymentState } from "./actions";

type DemoPaymentFormProps = {
  pay: (state: DemoPaymentState, formData: FormData) => Promise<DemoPaymentState>;
  payLabel: string;
};

/** Demo payment mode: no card, one button completes the order (another simulates a decline). */
export function DemoPaymentForm({ pay, payLabel }: DemoPaymentFormProps) {
  const [state, action, pending] = useActionState(pay, null);
  return (
    <form action={action} className="space-y-4">
      {state && <FormAlert tone="error">{state.message}</FormAlert>}
      <button
        type="submit"
        name="outcome"
        value="succeeded"
        disabled={pending}
        className="inline-flex h-12 w-full items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong disabled:opacity-60"
      >
        {pending ? "Processing…" : payLabel}
      </button>
      <button
        type="submit"
        name="outcome"
        value="failed"
        disabled={pending}
        className="inline-flex h-11 w-full items-center justify-center rounded-full border border-ink/80 px-6 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper disabled:opacity-60"
      >
        Simulate a declined card
      </button>
    </form>
  );
}
