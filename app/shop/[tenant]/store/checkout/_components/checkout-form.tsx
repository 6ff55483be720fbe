"use client";

import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/components/form-alert";
import { OrderTotals } from "@/components/checkout/order-totals";
import { formatMoney } from "@/lib/format/money";
import type { PlaceOrderState, PreviewFields } from "../actions";
import type { PreviewView } from "../_lib/preview-view";
import { CheckoutField, FieldError, selectClass } from "./checkout-field";
import { CodeField } from "./code-field";
import { FormSection } from "./form-section";
import { ShippingOptions } from "./shipping-options";

export type CheckoutValues = Partial<Record<"email" | "name" | "phone" | "line1" | "line2" | "city" | "state" | "postalCode" | "country" | "discountCode" | "giftCertificateCode" | "loyaltyPoints", string>>;

type CheckoutFormProps = {
  placeOrder: (state: PlaceOrderState, formData: FormData) => Promise<PlaceOrderState>;
  preview: (fields: PreviewFields) => Promise<PreviewView | null>;
  values: CheckoutValues;
  initialPreview: PreviewView;
  idempotencyKey: string;
  countries: { code: string; name: string }[];
  money: { currency: string; locale: string };
  /** The cart's lines, rendered on the server. */
  items: React.ReactNode;
};

const sectionClass = "rounded-3xl border border-stone-200 bg-white p-5 sm:p-7";
const headingClass = "text-lg font-semibold text-ink";
const ADDRESS_FIELDS = new Set(["country", "state", "postalCode", "city"]);

/**
 * Contact, address, shipping method and codes, with a summary whose rates and totals follow what
 * is typed (the server prices them: lib/checkout/preview-checkout.ts). Placing the order posts the
 * whole form to a server action, so it works before (and without) JavaScript too.
 */
export function CheckoutForm({ placeOrder, preview, values, initialPreview, idempotencyKey, countries, money, items }: CheckoutFormProps) {
  const [state, formAction, placing] = useActionState(placeOrder, null);
  const [view, setView] = useState(initialPreview);
  const [rateId, setRateId] = useState(initialPreview.shippingRateId);
  const [updating, startUpdating] = useTransition();
  const [previewFailed, setPreviewFailed] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const latest = useRef(0);
  const errors = state?.fieldErrors ?? {};

  // A failed attempt moves focus to its message, so keyboard and screen reader users learn why.
  useEffect(() => {
    if (state?.message) alert.current?.focus();
  }, [state]);

  function refresh(chosenRate: string | null = rateId) {
    if (!form.current) return;
    const data = new FormData(form.current);
    const text = (name: string) => String(data.get(name) ?? "");
    const fields: PreviewFields = {
      country: text("country"),
      state: text("state"),
      postalCode: text("postalCode"),
      city: text("city"),
      shippingRateId: chosenRate,
      discountCode: text("discountCode"),
      giftCertificateCode: text("giftCertificateCode"),
      loyaltyPoints: text("loyaltyPoints") || null,
    };
    const request = ++latest.current;
    startUpdating(async () => {
      try {
        const next = await preview(fields);
        // Only the newest answer counts: an older one may arrive after it.
        if (request !== latest.current || !next) return;
        startTransition(() => {
          setView(next);
          setRateId(next.shippingRateId);
          setPreviewFailed(false);
        });
      } catch {
        if (request === latest.current) setPreviewFailed(true);
      }
    });
  }

  return (
    <form
      ref={form}
      action={formAction}
      aria-label="Checkout"
      noValidate
      // Submitting by hand keeps what was typed when the answer is an error (React would reset
      // the form after its action); without JavaScript the form still posts to the action.
      onSubmit={(event) => {
        event.preventDefault();
        if (placing) return;
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      onBlur={(event) => {
        const target: EventTarget = event.target;
        if (target instanceof HTMLInputElement && ADDRESS_FIELDS.has(target.name) && target.value !== (target.dataset.sent ?? target.defaultValue)) {
          target.dataset.sent = target.value;
          refresh();
        }
      }}
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start"
    >
      <input type="hidden" name="idempotencyKey" value={state?.nextKey ?? idempotencyKey} />
      <div className="space-y-6">
        {state?.message && (
          <div ref={alert} tabIndex={-1} className="outline-none">
            <FormAlert tone="error">{state.message}</FormAlert>
          </div>
        )}

        <FormSection title="Contact">
          <div className="mt-5 grid gap-5 sm:grid-cols-2">
            <CheckoutField label="Email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values.email} error={errors.email} className="sm:col-span-2" hint="For your receipt and order updates." />
            <CheckoutField label="Full name" name="name" autoComplete="name" required maxLength={200} defaultValue={values.name} error={errors.name} />
            <CheckoutField label="Phone" name="phone" type="tel" autoComplete="tel" maxLength={40} defaultValue={values.phone} error={errors.phone} />
          </div>
        </FormSection>

        <FormSection title="Shipping address">
          <div className="mt-5 grid gap-5 sm:grid-cols-6">
            <div className="sm:col-span-6">
              <label htmlFor="country" className="block text-sm font-medium text-ink">
                Country
              </label>
              <select
                id="country"
                name="country"
                autoComplete="country"
                required
                defaultValue={values.country}
                aria-invalid={errors.country ? true : undefined}
                aria-describedby={errors.country ? "country-error" : undefined}
                onChange={() => refresh()}
                className={selectClass}
              >
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              <FieldError id="country-error" message={errors.country} />
            </div>
            <CheckoutField label="Street address" name="line1" autoComplete="address-line1" required maxLength={200} defaultValue={values.line1} error={errors.line1} className="sm:col-span-6" />
            <CheckoutField label="Apartment, suite, etc." name="line2" autoComplete="address-line2" maxLength={200} defaultValue={values.line2} error={errors.line2} className="sm:col-span-6" />
            <CheckoutField label="City" name="city" autoComplete="address-level2" required maxLength={100} defaultValue={values.city} error={errors.city} className="sm:col-span-2" />
            <CheckoutField label="State / province" name="state" autoComplete="address-level1" maxLength={50} defaultValue={values.state} error={errors.state} className="sm:col-span-2" hint="e.g. OR" />
            <CheckoutField label="ZIP / postal code" name="postalCode" autoComplete="postal-code" maxLength={20} defaultValue={values.postalCode} error={errors.postalCode} className="sm:col-span-2" />
          </div>
        </FormSection>

        <ShippingOptions
          rates={view.rates}
          selected={rateId}
          updating={updating}
          failed={previewFailed}
          error={errors.shippingRateId}
          money={money}
          onSelect={(id) => {
            setRateId(id);
            refresh(id);
          }}
        />

        <FormSection title="Discount and gift certificate">
          <div className="mt-5 grid gap-5 sm:grid-cols-2">
            <CodeField
              label="Discount code"
              name="discountCode"
              defaultValue={values.discountCode}
              error={errors.discountCode ?? view.discountError}
              applied={view.discount ? `${view.discount.code} applied${view.discount.description ? `: ${view.discount.description}` : ""}` : null}
              onApply={() => refresh()}
            />
            <CodeField
              label="Gift certificate"
              name="giftCertificateCode"
              defaultValue={values.giftCertificateCode}
              error={errors.giftCertificateCode ?? view.giftCertificateError}
              applied={view.giftCertificate ? `${view.giftCertificate.code} will pay up to its balance` : null}
              onApply={() => refresh()}
            />
            {view.loyalty && (
              <CodeField
                label="Loyalty points"
                name="loyaltyPoints"
                numeric
                hint={`You have ${view.loyalty.balance} points, each worth ${formatMoney(view.loyalty.pointValueCents, money.currency, money.locale)}.`}
                defaultValue={values.loyaltyPoints}
                error={errors.loyaltyPoints ?? view.loyaltyError}
                applied={view.totals.loyaltyPointsRedeemed > 0 ? `${view.totals.loyaltyPointsRedeemed} points will be redeemed` : null}
                onApply={() => refresh()}
              />
            )}
          </div>
        </FormSection>
      </div>

      <aside aria-labelledby="summary-heading" className={`${sectionClass} lg:sticky lg:top-6`}>
        <h2 id="summary-heading" className={headingClass}>
          Order summary
        </h2>
        <div className="mt-4">{items}</div>
        <div aria-live="polite" aria-busy={updating} className="mt-5 border-t border-stone-200 pt-5">
          <OrderTotals totals={view.totals} currency={money.currency} locale={money.locale} discountCode={view.discount?.code} shippingKnown={view.shippingRateId !== null} />
        </div>
        <button
          type="submit"
          // While rates load the chosen one may be about to change: wait for the new totals.
          disabled={placing || updating}
          aria-describedby="not-charged-yet"
          className="mt-6 inline-flex h-12 w-full items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong disabled:opacity-60"
        >
          {placing ? "Placing your order…" : "Continue to payment"}
        </button>
        <p id="not-charged-yet" className="mt-3 text-center text-xs text-muted">
          You review the payment next; nothing is charged yet.
        </p>
      </aside>
    </form>
  );
}
