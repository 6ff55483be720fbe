import { db } from "@/lib/db";
import type { PrintfulItem } from "./printful";

/** Something to ship: a variant, or a product sold without variants. */
export type ShippingLine = { productId?: number | null; variantId?: number | null; quantity: number };

/**
 * The Printful catalogue items of the lines that Printful fulfils: a variant by its
 * printfulVariantId, a product without active variants by its printfulProductId (its one
 * Printful item). Lines of other sites, inactive products and non-Printful goods are left out.
 */
export async function printfulItemsFor(siteId: number, lines: ShippingLine[]): Promise<PrintfulItem[]> {
  const variantIds = lines.flatMap((line) => (line.variantId ? [line.variantId] : []));
  const productIds = lines.flatMap((line) => (!line.variantId && line.productId ? [line.productId] : []));
  const [variants, products] = await Promise.all([
    variantIds.length
      ? db().productVariant.findMany({
          where: { id: { in: variantIds }, active: true, printfulVariantId: { not: null }, product: { siteId, status: "active" } },
          select: { id: true, printfulVariantId: true },
        })
      : [],
    productIds.length
      ? db().product.findMany({
          where: { id: { in: productIds }, siteId, status: "active", printfulProductId: { not: null }, variants: { none: { active: true } } },
          select: { id: true, printfulProductId: true },
        })
      : [],
  ]);
  const byVariant = new Map(variants.map((v) => [v.id, v.printfulVariantId!]));
  const byProduct = new Map(products.map((p) => [p.id, p.printfulProductId!]));

  // Lines naming the same Printful item become one item with their quantities added.
  const quantities = new Map<string, number>();
  for (const line of lines) {
    const printfulId = line.variantId ? byVariant.get(line.variantId) : line.productId ? byProduct.get(line.productId) : undefined;
    if (printfulId) quantities.set(printfulId, (quantities.get(printfulId) ?? 0) + line.quantity);
  }
  return [...quantities].map(([variantId, quantity]) => ({ variantId, quantity }));
}
