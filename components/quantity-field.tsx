import { useId } from "react";

type QuantityFieldProps = { label?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "id" | "type">;

/** A labelled whole-number box named "quantity", from 1 up. */
export function QuantityField({ label = "Quantity", ...input }: QuantityFieldProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={id}
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        required
        className="mt-1.5 block h-12 w-24 rounded-full border border-stone-300 bg-white px-4 text-center text-base text-ink tabular-nums focus:border-ink"
        {...input}
      />
    </div>
  );
}
