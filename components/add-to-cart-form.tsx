"use client";

import Link from "next/link";
import { useActionState, useEffect, useId } from "react";
import { announceCartChange } from "./cart/header-cart-link";
import { FormAlert } from "./form-alert";
import { QuantityField } from "./quantity-field";

export type AddToCartState = { status: "idle" } | { status: "added"; quantity: number } | { status: "error"; message: string };

export type AddToCartFormProps = {
  action: (previous: AddToCartState, formData: FormData) => Promise<AddToCartState>;
  productId: number;
  /** The variant the option pickers resolved to; null for a product without options (or no match). */
  variantId: number | null;
  /** Whether the chosen product or variant can be bought now. */
  purchasable: boolean;
  /** Why it cannot, shown beside the disabled button. */
  unavailableReason?: string;
  cartHref: string;
};

const idle: AddToCartState = { status: "idle" };

/**
 * Quantity and "Add to cart" for one product or variant. The button is disabled for what cannot
 * be bought, and the server refuses it too (stock is checked when the line is written).
 */
export function AddToCartForm({ action, productId, variantId, purchasable, unavailableReason = "Out of stock", cartHref }: AddToCartFormProps) {
  const [state, formAction, pending] = useActionState(action, idle);
  const ids = useId();
  const reasonId = `${ids}-reason`;
  useEffect(() => {
    if (state.status === "added") announceCartChange();
  }, [state]);

  return (
    <form action={formAction} className="mt-8 space-y-4">
      <input type="hidden" name="productId" value={productId} />
      {variantId !== null && <input type="hidden" name="variantId" value={variantId} />}
      <div className="flex flex-wrap items-end gap-3">
        <QuantityField max={999} defaultValue={1} />
        <button
          type="submit"
          disabled={!purchasable || pending}
          aria-describedby={purchasable ? undefined : reasonId}
          className="inline-flex h-12 min-w-48 flex-1 items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-700 sm:flex-none"
        >
          {pending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      {!purchasable && (
        <p id={reasonId} className="text-sm font-medium text-red-800">
          {unavailableReason}
        </p>
      )}
      {/* A live region that is always present, so the outcome is announced when it appears. */}
      <div aria-live="polite">
        {state.status === "added" && (
          <FormAlert tone="success">
            Added {state.quantity === 1 ? "to" : `${state.quantity} to`} your cart.{" "}
            <Link href={cartHref} className="font-semibold underline">
              View cart
            </Link>
          </FormAlert>
        )}
        {state.status === "error" && <FormAlert tone="error">{state.message}</FormAlert>}
      </div>
    </form>
  );
}
