import { PRODUCT_SORTS, type ListProductsQuery } from "@/lib/catalog/schemas";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (`?q=a&q=b` → "a"). */
export function param(searchParams: SearchParams, name: string): string | undefined {
  const value = searchParams[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Page and sort of a product listing; anything malformed falls back to the defaults instead of failing. */
export function listingParams(searchParams: SearchParams, defaultSort: ListProductsQuery["sort"] = "newest") {
  const rawPage = param(searchParams, "page") ?? "";
  const page = /^[1-9]\d{0,5}$/.test(rawPage) ? Number(rawPage) : 1;
  const rawSort = param(searchParams, "sort");
  const sort = PRODUCT_SORTS.find((s) => s === rawSort) ?? defaultSort;
  return { page, sort };
}

/** A listing URL with only the non-default parameters, so page 1 in the default sort has a clean URL. */
export function listingHref(
  path: string,
  { page = 1, sort, defaultSort = "newest", ...rest }: { page?: number; sort?: string; defaultSort?: string } & Record<string, string | number | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(rest)) if (value !== undefined && value !== "") query.set(name, String(value));
  if (sort && sort !== defaultSort) query.set("sort", sort);
  if (page > 1) query.set("page", String(page));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
