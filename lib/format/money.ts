// Prices are stored as integers in the currency's minor unit ("cents"). The number of minor
// digits comes from Intl, so a zero-decimal currency such as JPY is not divided by 100.

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

function minorDigits(currency: string): number {
  return currencyFormatter(currency, "en").resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount in minor units as a decimal number of major units: (2450, "USD") → 24.5. */
export function toMajorUnits(cents: number, currency: string): number {
  return cents / 10 ** minorDigits(currency);
}

/** The amount as a decimal string for machines (JSON-LD, feeds): (2450, "USD") → "24.50". */
export function toDecimalString(cents: number, currency: string): string {
  return toMajorUnits(cents, currency).toFixed(minorDigits(currency));
}

/** A price for people: formatMoney(2450, "USD", "en-US") → "$24.50". */
export function formatMoney(cents: number, currency: string, locale: string): string {
  return currencyFormatter(currency, locale).format(toMajorUnits(cents, currency));
}
