import { db } from "@/lib/db";
import { cachedCatalogRead } from "@/lib/catalog/cache/catalog-cache";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { cartItemRowSelect, toCartItemRow } from "./cart-item-row";
import { ownsDesign, type DesignCaller } from "@/lib/designs/design-caller";
import { openCartForWrite } from "./lifecycle";
import { MAX_LINE_QUANTITY, type AddCartItemInput, type CartItemRow } from "./schemas";
import { unitPriceFor } from "./pricing";
import { assertUnitsInStock, readProductInCart } from "./stock";

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

  return runTransaction(async (tx) => {
    const cartId = await openCartForWrite(tx, siteId, input.sessionId);
    const held = await readProductInCart(tx, cartId, product.id, variantId);
    assertUnitsInStock(held, variantId, input.quantity);
    const mergeable = design ? undefined : held.cartItems.find((l) => l.variantId === variantId && l.designId === null && l.legacyDesignUuid === null);
    if (mergeable && mergeable.quantity + input.quantity > MAX_LINE_QUANTITY) {
      throw new ApiError("validation_error", `quantity: a line holds at most ${MAX_LINE_QUANTITY} units`);
    }
    // Priced here from the one read above, rather than written and repriced: bulk tiers count
    // every unit of the product in the cart, this addition included.
    const units = held.cartItems.reduce((sum, l) => sum + l.quantity, 0) + input.quantity;
    const priceOf = (variantPrice: number | null | undefined) => unitPriceFor(variantPrice ?? held.price, units, held.bulkPricing);
    const unitPrice = priceOf(variantId ? held.variants[0].price : null);
    const line = mergeable
      ? await tx.cartItem.update({ where: { id: mergeable.id }, data: { quantity: mergeable.quantity + input.quantity, unitPrice }, select: cartItemRowSelect })
      : await tx.cartItem.create({ data: { cartId, productId: product.id, variantId, ...design, quantity: input.quantity, unitPrice }, select: cartItemRowSelect });
    for (const other of held.cartItems) {
      const price = priceOf(other.variant?.price);
      if (other.id !== line.id && other.unitPrice !== price) await tx.cartItem.update({ where: { id: other.id }, data: { unitPrice: price } });
    }
    return toCartItemRow(line);
  });
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
