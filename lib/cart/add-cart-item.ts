import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { ApiError, notFound } from "@/lib/api/errors";
import { cartItemRowSelect, toCartItemRow } from "./cart-item-row";
import { ownsDesign, type DesignCaller } from "@/lib/designs/design-caller";
import { openCartForWrite } from "./lifecycle";
import { MAX_LINE_QUANTITY, type AddCartItemInput, type CartItemRow } from "./schemas";
import { assertInStock, repriceProductLines } from "./stock";

/**
 * POST /cart: adds units of an active product (a variant of it when it has options, a saved design
 * of it optionally). A plain line of the same product and variant grows; designed items always
 * make a new line. Creates the session's cart on first use. A design must be the caller's own
 * (`designer`: its customer or designer session).
 */
export async function addCartItem(siteId: number, input: AddCartItemInput, designer: DesignCaller | null = null): Promise<CartItemRow> {
  const product = await db().product.findFirst({
    where: { id: input.productId, siteId, status: "active" },
    select: { id: true, _count: { select: { variants: { where: { active: true } } } } },
  });
  if (!product) throw notFound("Product not found");
  const variantId = await resolveVariant(product.id, product._count.variants > 0, input.variantId ?? null);
  const design = input.designId ? await resolveDesign(siteId, product.id, input.designId, designer) : null;

  return runTransaction(async (tx) => {
    const cartId = await openCartForWrite(tx, siteId, input.sessionId);
    await assertInStock(tx, cartId, product.id, variantId, input.quantity);
    const mergeable = design
      ? null
      : await tx.cartItem.findFirst({
          where: { cartId, productId: product.id, variantId, designId: null, legacyDesignUuid: null },
          select: { id: true, quantity: true },
        });
    if (mergeable && mergeable.quantity + input.quantity > MAX_LINE_QUANTITY) {
      throw new ApiError("validation_error", `quantity: a line holds at most ${MAX_LINE_QUANTITY} units`);
    }
    const line = mergeable
      ? await tx.cartItem.update({ where: { id: mergeable.id }, data: { quantity: { increment: input.quantity } }, select: { id: true } })
      : await tx.cartItem.create({
          data: { cartId, productId: product.id, variantId, ...design, quantity: input.quantity, unitPrice: 0 },
          select: { id: true },
        });
    await repriceProductLines(tx, cartId, product.id);
    return toCartItemRow(await tx.cartItem.findUniqueOrThrow({ where: { id: line.id }, select: cartItemRowSelect }));
  });
}

async function resolveVariant(productId: number, hasVariants: boolean, variantId: number | null): Promise<number | null> {
  if (variantId === null) {
    if (hasVariants) throw new ApiError("invalid_variant", "variantId is required: this product comes in options");
    return null;
  }
  const variant = await db().productVariant.findFirst({ where: { id: variantId, productId, active: true }, select: { id: true } });
  if (!variant) throw new ApiError("invalid_variant", "Variant not found for this product");
  return variant.id;
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
