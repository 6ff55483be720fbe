import Form from "next/form";
import type { ListProductsQuery } from "@/lib/catalog/schemas";

export const SORT_LABELS: Record<ListProductsQuery["sort"], string> = {
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  featured: "Featured",
};

type SortFormProps = {
  action: string;
  sort: ListProductsQuery["sort"];
  /** Other query parameters to keep (the search term); the page resets to 1 on a new sort. */
  keep?: Record<string, string>;
};

/**
 * A GET form, so sorting works without JavaScript; with it, next/form navigates client-side.
 * It has an explicit button because changing a select should not navigate by itself (WCAG 3.2.2).
 */
export function SortForm({ action, sort, keep = {} }: SortFormProps) {
  return (
    <Form action={action} className="flex items-center gap-2">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="sort" className="text-sm text-muted">
        Sort by
      </label>
      <select
        id="sort"
        name="sort"
        defaultValue={sort}
        className="h-10 rounded-full border border-stone-300 bg-white pr-8 pl-4 text-sm text-ink"
      >
        {Object.entries(SORT_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="h-10 rounded-full border border-ink px-4 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper"
      >
        Apply
      </button>
    </Form>
  );
}
