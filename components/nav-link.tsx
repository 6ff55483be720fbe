"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLinkProps = { href: string; className: string; children: React.ReactNode };

/** A header link that marks itself as the current page (or section) for assistive technology and sight. */
export function NavLink({ href, className, children }: NavLinkProps) {
  const pathname = usePathname();
  const current = pathname === href;
  return (
    <Link href={href} aria-current={current ? "page" : undefined} className={className}>
      {children}
    </Link>
  );
}
