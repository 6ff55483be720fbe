import type { CategoryRow } from "@/lib/catalog/category-tree";

/** The category and its active ancestors, root first. Stops at a missing (inactive) parent or a cycle. */
export function categoryTrail<T extends Pick<CategoryRow, "id" | "parentId">>(categories: T[], id: number): T[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const trail: T[] = [];
  for (let c = byId.get(id); c && !trail.includes(c); c = c.parentId === null ? undefined : byId.get(c.parentId)) {
    trail.unshift(c);
  }
  return trail;
}
