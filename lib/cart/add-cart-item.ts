import { db } from "@/lib/db";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import { toCartItemRow } from "./cart-item-row";
import { writeCart } from "./cart-write";
import { ownsDesign, type DesignCaller } from "@/lib/designs/design-caller";
import { cartActivityArgs } from "./lifecycle";
import { MAX_LINE_QUANTITY, type AddCartItemInput, type CartItemRow } from "./schemas";

/**
 * POST /cart: adds units of an active product (a variant of it when it has options, a saved design
 * of it optionally). A plain line of the same product and variant grows; designed items always
 * make a new line. Creates the session's cart on first use. A design must be the caller's own
 * (`designer`: its customer or designer session).
 */
export async function addCartItem(siteId: number, input: AddCartItemInput, designer: DesignCaller | null = null): Promise<CartItemRow> {
  const product = await productForCart(siteId, input.productId);
  const variantId = resolveVariant(product.variantIds, input.variantId ?? null);
  const design = input.designId ? await resolveDesign(siteId, product.id, input.designId, designer) : null;
  const [line] = await writeCart(
    Prisma.sql`SELECT * FROM "storefront_add_cart_item"(${siteId}::int, ${input.sessionId}, ${product.id}::int, ${variantId}::int,
      ${design?.designId ?? null}::int, ${design?.legacyDesignUuid ?? null}::uuid, ${input.quantity}::int, ${MAX_LINE_QUANTITY}::int,
      ${cartActivityArgs()})`,
    "Product not found",
  );
  return toCartItemRow(line);
}

/**
 * The active product with its active variants, kept with the catalogue cache: every add reads it.
 * A missing product is not cached, so asking for unknown ids cannot crowd the cache.
 */
function productForCart(siteId: number, productId: number) {
  return cachedCatalogRead(siteId, `cart-product:${productId}`, async () => {
    const product = await db().product.findFirst({
      where: { id: productId, siteId, status: "active" },
      select: { id: true, variants: { where: { active: true }, select: { id: true } } },
    });
    if (!product) throw notFound("Product not found");
    return { id: product.id, variantIds: product.variants.map((variant) => variant.id) };
  });
}

function resolveVariant(activeVariantIds: readonly number[], variantId: number | null): number | null {
  if (variantId === null) {
    if (activeVariantIds.length > 0) throw new ApiError("invalid_variant", "variantId is required: this product comes in options");
    return null;
  }
  if (!activeVariantIds.includes(variantId)) throw new ApiError("invalid_variant", "Variant not found for this product");
  return variantId;
}

/**
 * A saved, undeleted design of this product on this site, from either designer, that the caller
 * owns. Someone else's design answers exactly as a missing one: ids are sequential, and a cart
 * line would show (and an order would print) another shopper's private artwork.
 */
async function resolveDesign(siteId: number, productId: number, designId: string | number, designer: DesignCaller | null) {
  const numeric = typeof designId === "number";
  const owned = (row: { customerId: number | null; sessionId: string | null }) => designer !== null && ownsDesign(designer, row);
  const found = await db().productDesign.findFirst({
    where: { siteId, deletedAt: null, ...(numeric ? { id: designId } : { uuid: designId }) },
    select: { id: true, productId: true, customerId: true, sessionId: true },
  });
  const design = found && owned(found) ? found : null;
  if (design) {
    if (design.productId !== productId) throw new ApiError("validation_error", "designId: the design is for another product");
    return { designId: design.id };
  }
  const legacy = numeric || found ? null : await db().legacyDesign.findFirst({ where: { id: designId, siteId }, select: { id: true, productId: true, customerId: true, sessionId: true } });
  if (!legacy || !owned(legacy)) throw notFound("Design not found");
  if (legacy.productId !== productId) throw new ApiError("validation_error", "designId: the design is for another product");
  return { legacyDesignUuid: legacy.id };
}
