"use client";

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js";
// The pure entry loads Stripe.js only when loadStripe is called, never on import.
import { loadStripe } from "@stripe/stripe-js/pure";
import type { Stripe } from "@stripe/stripe-js";
import { useEffect, useState } from "react";
import { FormAlert } from "@/components/form-alert";

type StripePaymentProps = {
  publishableKey: string;
  clientSecret: string;
  /** Absolute URL of the page that shows the outcome; Stripe sends the shopper there once the payment is confirmed. */
  returnUrl: string;
  payLabel: string;
  /** What the shopper is told is kept when Stripe.js cannot load, e.g. "Nothing has been charged and your order is saved." */
  unchargedNote: string;
};

// Stripe.js comes from js.stripe.com; a blocker or a bad connection can stall it indefinitely.
const LOAD_TIMEOUT_MS = 15_000;

type Loaded = { status: "loading" } | { status: "ready"; stripe: Stripe } | { status: "failed" };

function loadWithTimeout(publishableKey: string): Promise<Stripe> {
  return Promise.race([
    loadStripe(publishableKey).then((stripe) => stripe ?? Promise.reject(new Error("Stripe.js not available"))),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("Stripe.js timed out")), LOAD_TIMEOUT_MS)),
  ]);
}

/** Stripe's Payment Element for a PaymentIntent (an order's, or a subscription's first invoice), or a clear message when Stripe.js cannot load. */
export function StripePayment({ publishableKey, clientSecret, returnUrl, payLabel, unchargedNote }: StripePaymentProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    loadWithTimeout(publishableKey).then(
      (stripe) => live && setLoaded({ status: "ready", stripe }),
      (error: unknown) => {
        console.error("[payments] Stripe.js could not load", error);
        if (live) setLoaded({ status: "failed" });
      },
    );
    return () => {
      live = false;
    };
  }, [publishableKey, attempt]);

  if (loaded.status === "failed") {
    return (
      <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-5 text-red-900">
        <h3 className="font-semibold">The secure payment form could not load</h3>
        <p className="mt-2 text-sm leading-6">
          We couldn’t reach our payment provider, Stripe. This happens when an ad or script blocker, a firewall or a weak
          connection stops it. {unchargedNote} Allow js.stripe.com or try another connection, then try again.
        </p>
        <button
          type="button"
          onClick={() => {
            setLoaded({ status: "loading" });
            setAttempt((n) => n + 1);
          }}
          className="mt-4 inline-flex h-11 items-center rounded-full bg-ink px-6 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
        >
          Try again
        </button>
      </div>
    );
  }
  if (loaded.status === "loading") {
    return (
      <p role="status" className="flex h-40 items-center justify-center rounded-2xl border border-dashed border-stone-300 text-sm text-muted">
        Loading the secure payment form…
      </p>
    );
  }
  return (
    <Elements stripe={loaded.stripe} options={{ clientSecret, appearance: { theme: "stripe" } }}>
      <PaymentForm returnUrl={returnUrl} payLabel={payLabel} />
    </Elements>
  );
}

function PaymentForm({ returnUrl, payLabel }: { returnUrl: string; payLabel: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);

  async function pay(event: React.FormEvent) {
    event.preventDefault();
    if (!stripe || !elements || paying) return;
    setPaying(true);
    setError(null);
    // On success Stripe leaves for returnUrl; an answer here is always a problem to show.
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } });
    setError(result.error.message ?? "The payment did not go through. Please try again.");
    setPaying(false);
  }

  return (
    <form onSubmit={pay} className="space-y-5">
      {error && <FormAlert tone="error">{error}</FormAlert>}
      <PaymentElement />
      <button
        type="submit"
        disabled={!stripe || paying}
        className="inline-flex h-12 w-full items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong disabled:opacity-60"
      >
        {paying ? "Processing…" : payLabel}
      </button>
    </form>
  );
}
