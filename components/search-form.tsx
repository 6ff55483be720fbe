import Form from "next/form";
import { SearchSuggestions, type SuggestConfig } from "./search-suggestions";

type SearchFormProps = {
  action: string;
  /** Unique per page: the header and the search page each have one. */
  id: string;
  defaultValue?: string;
  className?: string;
  size?: "md" | "lg";
  /** Names the search landmark; pages with two search forms need different names. */
  landmarkLabel?: string;
  /** Product suggestions as you type (without JavaScript the form works as a plain search). */
  suggest?: SuggestConfig;
};

/** GET form to the search page with a labelled "q" input; next/form navigates client-side when it can. */
export function SearchForm({ action, id, defaultValue, className = "", size = "md", landmarkLabel = "Site search", suggest }: SearchFormProps) {
  const height = size === "lg" ? "h-12 text-base" : "h-10 text-sm";
  const inputProps = {
    id,
    type: "search",
    name: "q",
    defaultValue,
    placeholder: "Search products",
    autoComplete: "off",
    maxLength: 200,
    className: `${height} w-full rounded-full border border-stone-300 bg-white pr-12 pl-4 text-ink placeholder:text-muted`,
  };
  return (
    <Form action={action} role="search" aria-label={landmarkLabel} className={`relative ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search products
      </label>
      {suggest ? <SearchSuggestions {...inputProps} suggest={suggest} /> : <input {...inputProps} />}
      <button
        type="submit"
        className="absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-full text-ink hover:text-accent"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-none stroke-current stroke-2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only">Search</span>
      </button>
    </Form>
  );
}
