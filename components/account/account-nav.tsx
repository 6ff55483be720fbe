"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type AccountSection = { href: string; label: string };

/**
 * The sections of My Account. A section stays marked on its sub-pages. One scrollable row on small screens, a column
 * beside the content from lg.
 */
export function AccountNav({ sections }: { sections: AccountSection[] }) {
  const pathname = usePathname() ?? "";
  const overview = sections[0]?.href;
  // "page" on the section's own page, "true" on its sub-pages (an order of "Orders").
  const current = (href: string) => (pathname === href ? "page" : href !== overview && pathname.startsWith(`${href}/`) ? "true" : undefined);
  return (
    <nav aria-label="My account" className="-mx-4 sm:mx-0">
      <ul role="list" className="flex gap-1 overflow-x-auto px-4 [scrollbar-width:none] sm:px-0 lg:flex-col lg:overflow-visible">
        {sections.map((section) => (
          <li key={section.href} className="shrink-0">
            <Link
              href={section.href}
              aria-current={current(section.href)}
              data-current={current(section.href) ? "" : undefined}
              className="flex h-10 items-center rounded-full px-4 text-sm font-medium text-ink transition-colors hover:bg-stone-200/60 data-current:bg-ink data-current:text-paper lg:rounded-xl"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
