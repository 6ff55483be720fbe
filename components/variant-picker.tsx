"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useState } from "react";
import { AddToCartForm, type AddToCartFormProps } from "./add-to-cart-form";
import { Price } from "./price";
import { StockStatus } from "./stock-status";

type Option = { id: number; name: string; values: { id: number; value: string }[] };
type Variant = {
  id: number;
  sku: string | null;
  price: number;
  compareAtPrice: number | null;
  inventory: number;
  inStock: boolean;
  optionValueIds: number[];
};

type VariantPickerProps = {
  options: Option[];
  variants: Variant[];
  /** Shown when the chosen combination is not sold. */
  basePrice: number;
  baseCompareAt: number | null;
  currency: string;
  locale: string;
  /** The add-to-cart form, fed the variant the chosen options resolve to. */
  addToCart?: Omit<AddToCartFormProps, "variantId" | "purchasable" | "unavailableReason">;
};

type Selection = Record<number, number>; // option id → option value id

function selectionOf(options: Option[], variant: Variant | undefined): Selection {
  const selection: Selection = {};
  for (const option of options) {
    const value = option.values.find((v) => variant?.optionValueIds.includes(v.id)) ?? option.values[0];
    if (value) selection[option.id] = value.id;
  }
  return selection;
}

function variantFor(variants: Variant[], selection: Selection): Variant | undefined {
  const chosen = Object.values(selection);
  return variants.find((v) => v.optionValueIds.length === chosen.length && chosen.every((id) => v.optionValueIds.includes(id)));
}

/**
 * Option choosers for a product with variants: shows the price and stock of the variant the
 * chosen values resolve to, and keeps it in the URL (?variant=) so the choice can be shared.
 * The page is rendered once for every URL, so a shared ?variant= is applied in the browser.
 */
export function VariantPicker({ options, variants, basePrice, baseCompareAt, currency, locale, addToCart }: VariantPickerProps) {
  const [selection, setSelection] = useState<Selection>(() => selectionOf(options, variants.find((v) => v.inStock) ?? variants[0]));
  const variant = variantFor(variants, selection);

  function choose(optionId: number, valueId: number) {
    const next = { ...selection, [optionId]: valueId };
    setSelection(next);
    const url = new URL(window.location.href);
    const match = variantFor(variants, next);
    if (match) url.searchParams.set("variant", String(match.id));
    else url.searchParams.delete("variant");
    window.history.replaceState(window.history.state, "", url);
  }

  /** Whether a value, with the other options as chosen, makes a variant that is in stock. */
  const available = (optionId: number, valueId: number) => variantFor(variants, { ...selection, [optionId]: valueId })?.inStock ?? false;

  return (
    <div>
      {/* useSearchParams needs a Suspense boundary on a statically rendered page; it renders nothing. */}
      <Suspense fallback={null}>
        <VariantFromUrl variants={variants} onVariant={(requested) => setSelection(selectionOf(options, requested))} />
      </Suspense>
      <div aria-live="polite" aria-atomic="true" className="space-y-3">
        <Price
          amount={variant?.price ?? basePrice}
          compareAt={variant ? variant.compareAtPrice : baseCompareAt}
          currency={currency}
          locale={locale}
          size="lg"
        />
        <StockStatus inStock={variant ? variant.inStock : null} inventory={variant?.inventory} />
      </div>

      <div className="mt-8 space-y-6">
        {options.map((option) => {
          const chosen = option.values.find((v) => v.id === selection[option.id]);
          return (
            <fieldset key={option.id}>
              <legend className="text-sm font-medium text-ink">
                {option.name}
                {chosen && <span className="font-normal text-muted">: {chosen.value}</span>}
              </legend>
              <div className="mt-3 flex flex-wrap gap-2">
                {option.values.map((value) => {
                  const soldOut = !available(option.id, value.id);
                  return (
                    <label key={value.id} className="relative cursor-pointer">
                      <input
                        type="radio"
                        name={`option-${option.id}`}
                        value={value.id}
                        checked={selection[option.id] === value.id}
                        onChange={() => choose(option.id, value.id)}
                        className="peer sr-only"
                      />
                      <span
                        className={`inline-flex h-11 min-w-12 items-center justify-center rounded-full border px-4 text-sm transition-colors peer-checked:border-ink peer-checked:bg-ink peer-checked:text-paper peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent ${
                          soldOut
                            ? "border-dashed border-stone-300 bg-transparent text-muted line-through decoration-1"
                            : "border-stone-300 bg-white text-ink hover:border-ink"
                        }`}
                      >
                        {value.value}
                        {soldOut && <span className="sr-only"> (sold out)</span>}
                      </span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
      </div>

      {addToCart && (
        <AddToCartForm
          // A new choice starts a fresh form: an earlier "Added" or error belonged to another variant.
          key={variant?.id ?? "none"}
          {...addToCart}
          variantId={variant?.id ?? null}
          purchasable={variant?.inStock ?? false}
          unavailableReason={variant ? "This option is out of stock" : "This combination is not available"}
        />
      )}

      {variant?.sku && <p className="mt-6 text-xs text-muted">SKU {variant.sku}</p>}
    </div>
  );
}

/** Selects the variant a shared link names (?variant=), once the page is in the browser. */
function VariantFromUrl({ variants, onVariant }: { variants: Variant[]; onVariant: (variant: Variant) => void }) {
  const requestedId = Number(useSearchParams().get("variant"));
  const requested = variants.find((v) => v.id === requestedId);
  useEffect(() => {
    if (requested) onVariant(requested);
    // Only a change of the URL's variant selects; onVariant is a new function on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [requested]);
  return null;
}
