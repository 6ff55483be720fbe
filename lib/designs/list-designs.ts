import { db } from "@/lib/db";
import type { DesignCaller } from "./design-caller";
import { designSelect, toDesignDto } from "./design-dto";
import type { DesignDto } from "./schemas";

const LIST_LIMIT = 100;

/**
 * The caller's own live designs (the customer's, else the cookie session's), newest first, or with
 * `templates` the site's staff-authored templates; `productId` narrows either to one product.
 */
export async function listDesigns(
  siteId: number,
  caller: DesignCaller,
  query: { productId?: number; templates?: boolean },
  origin: string,
): Promise<DesignDto[]> {
  const owner = query.templates
    ? { isTemplate: true }
    : caller.customerId !== null
      ? { customerId: caller.customerId }
      : caller.sessionId
        ? { customerId: null, sessionId: caller.sessionId }
        : null;
  if (!owner) return [];
  const rows = await db().productDesign.findMany({
    where: { siteId, deletedAt: null, ...owner, ...(query.productId ? { productId: query.productId } : {}) },
    orderBy: query.templates ? [{ name: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: designSelect,
  });
  return rows.map((row) => toDesignDto(row, origin));
}
