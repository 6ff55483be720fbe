import { cache } from "react";
import { db } from "@/lib/db";
import { cachedCatalogRead } from "./cache/catalog-cache";

export type CategoryRow = {
  id: number;
  parentId: number | null;
  name: string;
  slug: string;
  description: string | null;
  image: string | null;
  order: number;
};

/** A site's active categories in display order (order, then name). A shop has tens, not thousands. */
export const loadActiveCategories = cache(
  (siteId: number): Promise<CategoryRow[]> =>
    cachedCatalogRead(siteId, "active categories", () =>
      db().category.findMany({
        where: { siteId, active: true },
        orderBy: [{ order: "asc" }, { name: "asc" }, { id: "asc" }],
        select: { id: true, parentId: true, name: true, slug: true, description: true, image: true, order: true },
      }),
    ),
);

/** The category and every active category below it. */
export function withDescendants(categories: CategoryRow[], rootId: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const c of categories) {
    if (c.parentId !== null) childrenOf.set(c.parentId, [...(childrenOf.get(c.parentId) ?? []), c.id]);
  }
  const ids: number[] = [];
  const pending = [rootId];
  while (pending.length) {
    const id = pending.pop()!;
    if (ids.includes(id)) continue; // a parent cycle in bad data must not loop forever
    ids.push(id);
    pending.push(...(childrenOf.get(id) ?? []));
  }
  return ids;
}
