// Countries offered in the address form: the shop's own first, then those its shipping zones name,
// then common destinations (a rest-of-world zone ships anywhere). Codes are ISO 3166-1 alpha-2.
const COMMON = ["US", "CA", "GB", "IE", "AU", "NZ", "DE", "FR", "NL", "BE", "ES", "IT", "PT", "AT", "CH", "SE", "NO", "DK", "FI", "PL", "JP", "KR", "SG", "MX", "BR"];

/** The shop's home country from its locale ("en-CA" → "CA"), US when the locale names none. */
export function homeCountry(locale: string): string {
  try {
    return new Intl.Locale(locale).maximize().region ?? "US";
  } catch {
    return "US";
  }
}

export function countryOptions(locale: string, ...preferred: (string | null | undefined)[]): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale, "en"], { type: "region" });
  const codes = [...new Set([...preferred, ...COMMON].filter((c): c is string => !!c && /^[A-Z]{2}$/.test(c)))];
  const [first, ...rest] = codes.map((code) => ({ code, name: names.of(code) ?? code }));
  return [first, ...rest.sort((a, b) => a.name.localeCompare(b.name, locale))];
}
