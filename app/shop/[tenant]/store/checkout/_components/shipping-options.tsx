"use client";

import { formatMoney } from "@/lib/format/money";
import type { RateOption } from "../_lib/preview-view";
import { FieldError } from "./checkout-field";
import { FormSection } from "./form-section";

type ShippingOptionsProps = {
  rates: RateOption[];
  selected: string | null;
  updating: boolean;
  failed: boolean;
  error?: string;
  money: { currency: string; locale: string };
  onSelect: (rateId: string) => void;
};

/** The destination's shipping rates as radio buttons; they change as the address does. */
export function ShippingOptions({ rates, selected, updating, failed, error, money, onSelect }: ShippingOptionsProps) {
  const status = updating
    ? "Updating shipping options…"
    : failed
      ? "Shipping options could not be updated. Check your connection and try again."
      : rates.length === 0
        ? "We don’t ship to this address yet. Please check the country and state."
        : `${rates.length} shipping option${rates.length === 1 ? "" : "s"} for this address.`;
  return (
    <FormSection title="Shipping method" describedBy="shipping-status">
      <p id="shipping-status" role="status" className="mt-2 text-sm text-muted">
        {status}
      </p>
      <FieldError id="shippingRateId-error" message={error} />
      <div className={`mt-4 space-y-3 ${updating ? "opacity-60" : ""}`}>
        {rates.map((rate) => (
          <label
            key={rate.id}
            className="flex cursor-pointer items-center gap-4 rounded-2xl border border-stone-300 px-4 py-3 has-checked:border-ink has-checked:ring-1 has-checked:ring-ink has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ink"
          >
            <input
              type="radio"
              name="shippingRateId"
              value={rate.id}
              checked={selected === rate.id}
              onChange={() => onSelect(rate.id)}
              aria-describedby={error ? "shippingRateId-error" : undefined}
              className="size-4 accent-ink"
            />
            <span className="flex-1">
              <span className="block font-medium text-ink">{rate.name}</span>
              {rate.delivery && <span className="block text-sm text-muted">{rate.delivery}</span>}
            </span>
            <span className="font-medium tabular-nums text-ink">{rate.price === 0 ? "Free" : formatMoney(rate.price, money.currency, money.locale)}</span>
          </label>
        ))}
      </div>
    </FormSection>
  );
}
