import { db } from "@/lib/db";

/** A customer's saved designs for My Account, newest first, with the product each is for. */
export async function listCustomerDesigns(siteId: number, customerId: number) {
  return db().productDesign.findMany({
    where: { siteId, customerId, deletedAt: null },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, name: true, status: true, thumbnailUrl: true, updatedAt: true, product: { select: { name: true, slug: true } } },
  });
}
