"use client";

import Image from "next/image";
import Link from "next/link";
import { startTransition, useOptimistic, useRef, useState } from "react";
import { formatMoney } from "@/lib/format/money";

export type CartLine = {
  id: number;
  name: string;
  href: string;
  /** The chosen options, e.g. "M / White". */
  variant: string | null;
  design: string | null;
  image: string | null;
  unitPrice: number;
  quantity: number;
  lineTotal: number;
};

export type CartLineResult = { error?: string };

type CartLinesProps = {
  lines: CartLine[];
  currency: string;
  locale: string;
  update: (formData: FormData) => Promise<CartLineResult>;
  /** The order summary, dimmed while a change is on its way (its figures are the server's). */
  children: React.ReactNode;
};

type Change = { id: number; quantity: number };

function applyChange(lines: CartLine[], { id, quantity }: Change): CartLine[] {
  if (quantity <= 0) return lines.filter((line) => line.id !== id);
  return lines.map((line) => (line.id === id ? { ...line, quantity, lineTotal: line.unitPrice * quantity } : line));
}

/**
 * The cart's lines with quantity steppers and Remove. A change shows at once (useOptimistic);
 * the server then re-renders the page with its own prices (bulk tiers may change unit prices).
 */
export function CartLines({ lines, currency, locale, update, children }: CartLinesProps) {
  const [shown, change] = useOptimistic(lines, applyChange);
  const [errors, setErrors] = useState<Record<number, string | undefined>>({});
  const [announcement, setAnnouncement] = useState("");
  const list = useRef<HTMLUListElement>(null);
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const busy = shown !== lines;

  async function submit(line: CartLine, formData: FormData) {
    const step = Number(formData.get("step") ?? 0);
    const quantity = Number(formData.get("quantity")) + step;
    if (!Number.isInteger(quantity) || quantity < 0) {
      setErrors((current) => ({ ...current, [line.id]: "Please enter a whole number" }));
      return;
    }
    change({ id: line.id, quantity });
    if (quantity === 0) list.current?.focus(); // the focused Remove button is about to go
    const { error } = await update(formData);
    startTransition(() => {
      setErrors((current) => ({ ...current, [line.id]: error }));
      setAnnouncement(error ?? (quantity === 0 ? `Removed ${line.name} from your cart` : `${line.name}: quantity ${quantity}`));
    });
  }

  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_24rem] lg:items-start">
      <section aria-labelledby="cart-items-title">
        <h2 id="cart-items-title" className="sr-only">
          Items
        </h2>
        <ul ref={list} tabIndex={-1} role="list" className="divide-y divide-stone-200/80 border-y border-stone-200/80 outline-none">
          {shown.map((line) => (
            <li key={line.id} data-testid="cart-line" className="flex gap-4 py-6 sm:gap-6">
              <div className="relative size-20 shrink-0 overflow-hidden rounded-2xl bg-white ring-1 ring-stone-900/5 sm:size-28">
                {line.image && <Image src={line.image} alt="" fill sizes="(min-width: 640px) 112px, 80px" className="object-cover" />}
              </div>
              <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:justify-between">
                <div className="min-w-0">
                  <h3 className="font-medium text-ink">
                    <Link href={line.href} className="hover:underline">
                      {line.name}
                    </Link>
                  </h3>
                  {line.variant && <p className="mt-1 text-sm text-muted">{line.variant}</p>}
                  {line.design && <p className="mt-1 text-sm text-muted">Design: {line.design}</p>}
                  <p className="mt-1 text-sm text-muted tabular-nums">{money(line.unitPrice)} each</p>
                </div>
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2 sm:flex-col sm:items-end">
                  <QuantityStepper line={line} onSubmit={submit} />
                  <p className="font-semibold text-ink tabular-nums sm:order-first">
                    <span className="sr-only">Line total: </span>
                    {money(line.lineTotal)}
                  </p>
                  <form action={(formData) => submit(line, formData)}>
                    <input type="hidden" name="lineId" value={line.id} />
                    <input type="hidden" name="quantity" value={0} />
                    <button type="submit" className="text-sm font-medium text-muted underline hover:text-ink">
                      Remove<span className="sr-only"> {line.name}</span>
                    </button>
                  </form>
                </div>
                {errors[line.id] && (
                  <p role="alert" className="text-sm font-medium text-red-800 sm:basis-full">
                    {errors[line.id]}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </section>
      <div aria-busy={busy} className={`transition-opacity lg:sticky lg:top-8 ${busy ? "opacity-60" : ""}`}>
        {children}
      </div>
    </div>
  );
}

type StepperProps = { line: CartLine; onSubmit: (line: CartLine, formData: FormData) => Promise<void> };

/** − [n] +: the buttons move the quantity by one; a typed quantity is sent on Enter or when leaving the box. */
function QuantityStepper({ line, onSubmit }: StepperProps) {
  const [draft, setDraft] = useState(String(line.quantity));
  const [shownQuantity, setShownQuantity] = useState(line.quantity);
  // Follow the quantity the cart shows (a step, or the server's answer) unless the shopper is typing.
  if (shownQuantity !== line.quantity) {
    setShownQuantity(line.quantity);
    setDraft(String(line.quantity));
  }
  const form = useRef<HTMLFormElement>(null);
  const commitTyped = () => {
    if (draft !== String(line.quantity)) form.current?.requestSubmit();
  };
  const atOne = line.quantity <= 1;
  const stepButton = "inline-flex size-10 items-center justify-center rounded-full text-lg text-ink hover:bg-stone-200/60 aria-disabled:cursor-not-allowed aria-disabled:text-stone-400 aria-disabled:hover:bg-transparent";

  return (
    <form ref={form} action={(formData) => onSubmit(line, formData)} className="inline-flex items-center rounded-full border border-stone-300 bg-white">
      <input type="hidden" name="lineId" value={line.id} />
      <button
        type="submit"
        name="step"
        value="-1"
        // Not `disabled`: a disabled button drops keyboard focus when it reaches 1.
        aria-disabled={atOne}
        onClick={(event) => atOne && event.preventDefault()}
        className={stepButton}
      >
        <span aria-hidden="true">−</span>
        <span className="sr-only">Decrease quantity of {line.name}</span>
      </button>
      <input
        name="quantity"
        type="number"
        inputMode="numeric"
        min={1}
        max={999}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commitTyped}
        onKeyDown={(event) => {
          // Enter would "click" the first submit button (−); send the typed quantity instead.
          if (event.key === "Enter") {
            event.preventDefault();
            commitTyped();
          }
        }}
        aria-label={`Quantity of ${line.name}`}
        className="h-10 w-14 border-0 bg-transparent text-center text-base tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
      />
      <button type="submit" name="step" value="1" className={stepButton}>
        <span aria-hidden="true">+</span>
        <span className="sr-only">Increase quantity of {line.name}</span>
      </button>
    </form>
  );
}
