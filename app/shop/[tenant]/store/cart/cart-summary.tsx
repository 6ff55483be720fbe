import Link from "next/link";
import { CodeForm } from "@/components/cart/code-form";
import { cartEstimate, type AppliedCodesCheck } from "@/lib/cart/check-applied-codes";
import { formatMoney } from "@/lib/format/money";
import type { Shop } from "@/lib/sites/resolve-shop";
import { applyCode, removeCode } from "./actions";

type CartSummaryProps = { shop: Shop; tenant: string; subtotal: number; codes: AppliedCodesCheck };

/** Subtotal, applied codes (each removable, each re-checked), the code boxes and the way to checkout. */
export function CartSummary({ shop, tenant, subtotal, codes }: CartSummaryProps) {
  const money = (cents: number) => formatMoney(cents, shop.currency, shop.locale);
  const estimate = cartEstimate(subtotal, codes);
  const { discount, giftCertificate } = codes;

  return (
    <section aria-labelledby="summary-title" className="rounded-3xl border border-stone-200 bg-white p-6">
      <h2 id="summary-title" className="text-lg font-semibold text-ink">
        Order summary
      </h2>
      <dl className="mt-5 space-y-3 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-muted">Subtotal</dt>
          <dd data-testid="cart-subtotal" className="font-medium text-ink tabular-nums">
            {money(subtotal)}
          </dd>
        </div>
        {discount && (
          <AppliedCode
            label="Discount"
            code={discount.code}
            remove={removeCode.bind(null, tenant, "discount")}
            value={discount.usable ? (discount.freeShipping ? "Free shipping" : `−${money(estimate.discount)}`) : null}
            note={discount.usable ? discount.description : discount.problem}
            problem={!discount.usable}
          />
        )}
        {giftCertificate && (
          <AppliedCode
            label="Gift certificate"
            code={giftCertificate.code}
            remove={removeCode.bind(null, tenant, "giftCertificate")}
            value={giftCertificate.usable ? `−${money(estimate.giftCertificate)}` : null}
            note={giftCertificate.usable ? `Balance ${money(giftCertificate.balance)}; the rest can pay for shipping and tax` : giftCertificate.problem}
            problem={!giftCertificate.usable}
          />
        )}
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-3 text-base">
          <dt className="font-semibold text-ink">Estimated total</dt>
          <dd data-testid="cart-total" className="font-semibold text-ink tabular-nums">
            {money(estimate.total)}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-muted">Shipping and tax are worked out at checkout.</p>

      <Link
        href={shop.href("/checkout")}
        className="mt-6 inline-flex h-12 w-full items-center justify-center rounded-full bg-ink px-7 text-sm font-medium text-paper transition-colors hover:bg-accent-strong"
      >
        Checkout
      </Link>

      {!(discount?.usable && giftCertificate?.usable) && (
        <div className="mt-8 space-y-5 border-t border-stone-200 pt-6">
          {!discount?.usable && <CodeForm action={applyCode.bind(null, tenant, "discount")} label="Discount code" />}
          {!giftCertificate?.usable && <CodeForm action={applyCode.bind(null, tenant, "giftCertificate")} label="Gift certificate" />}
        </div>
      )}
    </section>
  );
}

type AppliedCodeProps = {
  label: string;
  code: string;
  value: string | null;
  note: string | null;
  problem: boolean;
  remove: () => Promise<void>;
};

function AppliedCode({ label, code, value, note, problem, remove }: AppliedCodeProps) {
  return (
    <div data-testid="applied-code" className="grid grid-cols-[1fr_auto] items-baseline gap-x-4 gap-y-1">
      <dt className="text-muted">
        {label} <span className="font-mono font-medium text-ink">{code}</span>
      </dt>
      <dd className="font-medium text-emerald-800 tabular-nums">{value}</dd>
      <dd className="col-span-2 flex items-baseline justify-between gap-4 text-xs">
        <span className={problem ? "font-medium text-red-800" : "text-muted"}>{note}</span>
        <form action={remove}>
          <button type="submit" className="font-medium text-muted underline hover:text-ink">
            Remove<span className="sr-only"> {label.toLowerCase()} {code}</span>
          </button>
        </form>
      </dd>
    </div>
  );
}
