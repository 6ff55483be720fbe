"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormAlert } from "@/components/form-alert";
import { QuantityField } from "@/components/quantity-field";
import { StripePayment } from "@/components/stripe-payment";
import { formatMoney } from "@/lib/format/money";

export type SubscribeState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "started"; clientSecret: string; publishableKey: string; returnUrl: string };

export type OfferedPlan = {
  id: number;
  name: string;
  /** Price per delivery of one unit, in cents of `currency`. */
  price: number;
  currency: string;
  /** "every month", "every 3 months". */
  cycle: string;
};

type SubscribeFormProps = {
  plans: OfferedPlan[];
  /** The one-off price, to say what a plan saves. */
  oneOffPrice: number;
  locale: string;
  maxQuantity: number;
  action: (previous: SubscribeState, formData: FormData) => Promise<SubscribeState>;
};

const idle: SubscribeState = { status: "idle" };

/**
 * "Subscribe & save": a plan and a quantity, then the first delivery's payment with Stripe's
 * Payment Element, which returns to the subscription's page in My Account. Who is signed in is
 * the action's business (it sends anyone else to sign in), so the cached page needs no visitor state.
 */
export function SubscribeForm({ plans, oneOffPrice, locale, maxQuantity, action }: SubscribeFormProps) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [planId, setPlanId] = useState(plans[0].id);
  const [quantityInput, setQuantityInput] = useState("1");
  // The disabled button only lands with the next render; a second click before it must not start a second subscription.
  const submitting = useRef(false);
  useEffect(() => {
    if (!pending) submitting.current = false;
  }, [pending]);
  const plan = plans.find((p) => p.id === planId) ?? plans[0];
  const quantity = Math.max(1, Math.trunc(Number(quantityInput)) || 1);
  const money = (cents: number) => formatMoney(cents, plan.currency, locale);

  if (state.status === "started") {
    return (
      <div className="mt-5">
        <p className="mb-4 text-sm leading-6 text-muted">
          {quantity} × {plan.name}, {money(plan.price * quantity)} {plan.cycle}. Pay for the first delivery to start it.
        </p>
        <StripePayment
          publishableKey={state.publishableKey}
          clientSecret={state.clientSecret}
          returnUrl={state.returnUrl}
          payLabel={`Pay ${money(plan.price * quantity)} and subscribe`}
          unchargedNote="Nothing has been charged; the subscription starts once its first payment goes through."
        />
      </div>
    );
  }

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (submitting.current) event.preventDefault();
        submitting.current = true;
      }}
      className="mt-5 space-y-5"
    >
      <fieldset>
        <legend className="text-sm font-medium text-ink">Deliver</legend>
        <div className="mt-2 space-y-2">
          {plans.map((p) => (
            <label key={p.id} className="flex cursor-pointer items-center gap-3 rounded-xl border border-stone-300 bg-white px-4 py-3 text-sm has-[:checked]:border-ink">
              <input type="radio" name="planId" value={p.id} checked={p.id === planId} onChange={() => setPlanId(p.id)} className="accent-ink" />
              <span className="flex-1">
                <span className="font-medium text-ink">{p.name}</span>
                <span className="text-muted">
                  {" "}
                  · {formatMoney(p.price, p.currency, locale)} per delivery, {p.cycle}
                </span>
              </span>
              {p.price < oneOffPrice && <span className="text-xs font-semibold text-accent">Save {Math.round((1 - p.price / oneOffPrice) * 100)}%</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <QuantityField label="Quantity per delivery" max={maxQuantity} value={quantityInput} onChange={(event) => setQuantityInput(event.target.value)} />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex h-12 min-w-48 flex-1 items-center justify-center rounded-full border border-ink px-7 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper disabled:cursor-not-allowed disabled:opacity-60 sm:flex-none"
        >
          {pending ? "Starting…" : "Subscribe"}
        </button>
      </div>
      <div aria-live="polite">{state.status === "error" && <FormAlert tone="error">{state.message}</FormAlert>}</div>
    </form>
  );
}
