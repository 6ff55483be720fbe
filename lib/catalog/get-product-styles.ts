import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { assetUrl } from "@/lib/assets/asset-url";
import type { DesignerStyle } from "./schemas";

/** Whether a {slug} segment is a product id: digits within int4, as a larger one would fail in the database as a 500. */
export const isNumericId = (slugOrId: string) => /^\d{1,10}$/.test(slugOrId) && Number(slugOrId) <= 2_147_483_647;

/** GET /products/{slug}/styles: the designer styles of an active product, by slug or numeric id. */
export async function getProductStyles(siteId: number, slugOrId: string, origin: string): Promise<DesignerStyle[]> {
  const where = isNumericId(slugOrId) ? { id: Number(slugOrId) } : { slug: slugOrId };
  const product = await db().product.findFirst({ where: { ...where, siteId, status: "active" }, select: { id: true } });
  if (!product) throw notFound("Product not found");
  return listProductStyles(siteId, product.id, origin);
}

/** Active styles of a product with their printable sides, in display order. */
export async function listProductStyles(siteId: number, productId: number, origin: string): Promise<DesignerStyle[]> {
  const styles = await db().designerStyle.findMany({
    where: { productId, active: true, product: { siteId } },
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: {
      id: true,
      productId: true,
      name: true,
      active: true,
      order: true,
      sides: { orderBy: [{ order: "asc" }, { id: "asc" }] },
    },
  });
  return styles.map((style) => ({
    ...style,
    sides: style.sides.map((side) => ({ ...side, mockupImage: assetUrl(origin, side.mockupImage) })),
  }));
}
