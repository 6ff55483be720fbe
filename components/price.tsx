import { formatMoney } from "@/lib/format/money";

type PriceProps = {
  amount: number;
  compareAt?: number | null;
  currency: string;
  locale: string;
  size?: "sm" | "lg";
  className?: string;
};

/** A price, with the compare-at price struck through when it is higher. Safe in client components. */
export function Price({ amount, compareAt, currency, locale, size = "sm", className = "" }: PriceProps) {
  const was = compareAt != null && compareAt > amount ? formatMoney(compareAt, currency, locale) : null;
  const text = size === "lg" ? "text-2xl" : "text-sm";
  return (
    <p className={`flex flex-wrap items-baseline gap-x-2 tabular-nums ${text} ${className}`}>
      <span className={was ? "font-semibold text-accent" : "font-medium"}>{formatMoney(amount, currency, locale)}</span>
      {was && (
        <>
          {/* Screen readers skip the struck-through figure and hear this instead. */}
          <span className="sr-only">, was {was}</span>
          <s aria-hidden="true" className={`text-muted ${size === "lg" ? "text-lg" : ""}`}>
            {was}
          </s>
        </>
      )}
    </p>
  );
}
