"use client";

import { FieldError } from "./checkout-field";

type CodeFieldProps = {
  label: string;
  name: string;
  defaultValue?: string;
  /** A number of points rather than a code. */
  numeric?: boolean;
  /** A line under the label, e.g. the balance there is to use. */
  hint?: string;
  error?: string | null;
  /** What the applied code does, once the server accepted it. */
  applied: string | null;
  onApply: () => void;
};

/**
 * A discount or gift certificate code (or a number of loyalty points) with its own Apply button. Enter applies the code rather
 * than placing the order; without JavaScript the code simply goes with the order.
 */
export function CodeField({ label, name, defaultValue, numeric = false, hint, error, applied, onApply }: CodeFieldProps) {
  const described = [hint ? `${name}-hint` : null, error ? `${name}-error` : applied ? `${name}-applied` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-ink">
        {label} <span className="font-normal text-muted">(optional)</span>
      </label>
      {hint && (
        <p id={`${name}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <div className="mt-1.5 flex gap-2">
        <input
          id={name}
          name={name}
          defaultValue={defaultValue}
          maxLength={numeric ? 9 : 64}
          inputMode={numeric ? "numeric" : undefined}
          autoComplete="off"
          autoCapitalize={numeric ? "off" : "characters"}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              onApply();
            }
          }}
          className={`block h-11 w-full min-w-0 rounded-xl border border-stone-300 bg-white px-3.5 text-base text-ink ${numeric ? "" : "uppercase"} placeholder:normal-case placeholder:text-muted focus:border-ink aria-[invalid=true]:border-red-700`}
        />
        <button
          type="button"
          onClick={onApply}
          aria-label={`Apply ${label.toLowerCase()}`}
          className="inline-flex h-11 shrink-0 items-center rounded-full border border-ink/80 px-5 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper"
        >
          Apply
        </button>
      </div>
      <div aria-live="polite">
        <FieldError id={`${name}-error`} message={error} />
        {!error && applied && (
          <p id={`${name}-applied`} className="mt-1.5 text-sm font-medium text-emerald-800">
            {applied}
          </p>
        )}
      </div>
    </div>
  );
}
