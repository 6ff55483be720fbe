"use client";

import Image from "next/image";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { formatMoney } from "@/lib/format/money";

export type SuggestConfig = {
  siteId: number;
  /** Shop path of product pages, e.g. "/store/products/". */
  productPath: string;
  currency: string;
  locale: string;
};

type Suggestion = { id: number; name: string; slug: string; price: number; image: string | null };

const MIN_CHARS = 2;
const DEBOUNCE_MS = 150;
const LIMIT = 6;

type Props = React.InputHTMLAttributes<HTMLInputElement> & { id: string; suggest: SuggestConfig };

/**
 * The search box as a WAI-ARIA combobox: products matching what is typed, from the public
 * catalogue API (the browser is its client here), chosen with the mouse or the arrow keys and
 * Enter; Enter without a choice submits the search form as before.
 */
export function SearchSuggestions({ id, suggest, className, defaultValue, ...input }: Props) {
  const router = useRouter();
  const listId = useId();
  const [term, setTerm] = useState(typeof defaultValue === "string" ? defaultValue : "");
  const [results, setResults] = useState<{ term: string; items: Suggestion[] }>({ term: "", items: [] });
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const query = term.trim();
  useEffect(() => {
    if (query.length < MIN_CHARS) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ search: query, limit: String(LIMIT) });
      try {
        const response = await fetch(`/api/storefront/${suggest.siteId}/products?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { data: Suggestion[] };
        setResults({ term: query, items: body.data });
        setActive(-1);
      } catch {
        // Aborted by the next keystroke, or offline: the plain search still works.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, suggest.siteId]);

  const items = query.length >= MIN_CHARS && results.term === query ? results.items : [];
  const expanded = open && items.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function choose(item: Suggestion) {
    setOpen(false);
    router.push(`${suggest.productPath}${encodeURIComponent(item.slug)}`);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // -1 is the input itself: the arrows cycle through it and the options.
      setActive((current) => {
        const next = current + step;
        return next >= items.length ? -1 : next < -1 ? items.length - 1 : next;
      });
    } else if (event.key === "Enter" && expanded && active >= 0 && active < items.length) {
      event.preventDefault();
      choose(items[active]);
    }
  }

  return (
    <>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && active < items.length ? optionId(active) : undefined}
        value={term}
        onChange={(event) => {
          setTerm(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          blurTimer.current = setTimeout(() => setOpen(false), 120);
        }}
        className={className}
        {...input}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Product suggestions"
        hidden={!expanded}
        className="absolute top-full right-0 left-0 z-40 mt-2 min-w-64 overflow-hidden rounded-2xl border border-stone-200 bg-white py-1 shadow-lg"
      >
        {items.map((item, index) => (
          <li
            key={item.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(item)}
            onMouseEnter={() => setActive(index)}
            className="flex cursor-pointer items-center gap-3 px-3 py-2 text-sm text-ink aria-selected:bg-stone-100"
          >
            <span className="relative size-10 shrink-0 overflow-hidden rounded-lg bg-stone-100">
              {item.image && <Image src={sameOriginPath(item.image)} alt="" fill sizes="40px" className="object-cover" />}
            </span>
            <span className="min-w-0 flex-1 truncate">{item.name}</span>
            <span className="shrink-0 text-muted">{formatMoney(item.price, suggest.currency, suggest.locale)}</span>
          </li>
        ))}
      </ul>
      <p className="sr-only" role="status">
        {expanded ? `${items.length} ${items.length === 1 ? "suggestion" : "suggestions"}, use the arrow keys to choose` : ""}
      </p>
    </>
  );
}

// The API answers absolute URLs on this origin; next/image wants a path for local images.
function sameOriginPath(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.origin === window.location.origin ? `${parsed.pathname}${parsed.search}` : url;
  } catch {
    return url;
  }
}
