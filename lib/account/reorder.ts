import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { getCart } from "@/lib/cart/get-cart";
import { openCartForWrite } from "@/lib/cart/lifecycle";
import { cartSchema, emptyCartSchema, MAX_LINE_QUANTITY, sessionIdSchema } from "@/lib/cart/schemas";
import { availableUnits, repriceProductLines } from "@/lib/cart/stock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ownOrdersWhere } from "./orders";

export const reorderSchema = z.object({ sessionId: sessionIdSchema.meta({ description: "The cart session to put the items in (created if new)" }) });

const SKIP_REASONS = ["no_longer_sold", "design_unavailable", "out_of_stock", "limited_stock"] as const;
type SkipReason = (typeof SKIP_REASONS)[number];

export const reorderSkippedItemSchema = z
  .object({
    orderItemId: z.number().int(),
    productName: z.string(),
    variantName: z.string().nullable(),
    requested: z.number().int().meta({ description: "Units on the past order" }),
    added: z.number().int().meta({ description: "Units put in the cart: 0, or fewer than requested for limited_stock" }),
    reason: z.enum(SKIP_REASONS).meta({
      description: "no_longer_sold: the product or its option is off sale; design_unavailable: the saved design was deleted; out_of_stock: none left beyond what the cart holds; limited_stock: only `added` units were left",
    }),
  })
  .meta({ id: "ReorderSkippedItem" });

export const reorderResultSchema = z
  .object({ cart: z.union([cartSchema, emptyCartSchema]), skipped: z.array(reorderSkippedItemSchema) })
  .meta({ id: "ReorderResult" });

type Tx = Prisma.TransactionClient;
type Skipped = z.infer<typeof reorderSkippedItemSchema>;
type Line = {
  id: number;
  productId: number | null;
  variantId: number | null;
  designId: number | null;
  legacyDesignUuid: string | null;
  designThumbnailUrl: string | null;
  productName: string;
  variantName: string | null;
  quantity: number;
};

/**
 * POST /account/orders/{orderNumber}/reorder: puts the lines of one of the customer's past orders
 * back in a cart at today's prices and stock. Lines no longer sold are skipped; quantities are
 * capped at the stock left beyond what the cart already holds; every shortfall is reported.
 * The cart is locked while it fills, like every cart write.
 */
export async function reorderToCart(siteId: number, customerId: number, orderNumber: string, sessionId: string, origin = "") {
  const order = await db().order.findFirst({
    where: { ...(await ownOrdersWhere(siteId, customerId)), orderNumber },
    select: {
      items: {
        orderBy: { id: "asc" },
        select: { id: true, productId: true, variantId: true, designId: true, legacyDesignUuid: true, designThumbnailUrl: true, productName: true, variantName: true, quantity: true },
      },
    },
  });
  if (!order) throw notFound("Order not found");

  const skipped = await db().$transaction(async (tx) => {
    const cartId = await openCartForWrite(tx, siteId, sessionId);
    await tx.cart.updateMany({ where: { id: cartId, customerId: null }, data: { customerId } });
    const shortfalls: Skipped[] = [];
    const touched = new Set<number>();
    for (const line of order.items) {
      const outcome = await addLine(tx, siteId, cartId, line);
      if (outcome.added > 0) touched.add(line.productId!);
      if (outcome.reason) {
        shortfalls.push({ orderItemId: line.id, productName: line.productName, variantName: line.variantName, requested: line.quantity, added: outcome.added, reason: outcome.reason });
      }
    }
    for (const productId of touched) await repriceProductLines(tx, cartId, productId);
    return shortfalls;
  });
  return { cart: await getCart(siteId, sessionId, origin), skipped };
}

async function addLine(tx: Tx, siteId: number, cartId: number, line: Line): Promise<{ added: number; reason: SkipReason | null }> {
  const none = (reason: SkipReason) => ({ added: 0, reason });
  if (line.productId === null) return none("no_longer_sold");
  const product = await tx.product.findFirst({
    where: { id: line.productId, siteId, status: "active" },
    select: { _count: { select: { variants: { where: { active: true } } } } },
  });
  if (!product) return none("no_longer_sold");
  // A line bought without options cannot be put back once the product comes in options, and vice versa.
  if ((line.variantId === null) !== (product._count.variants === 0)) return none("no_longer_sold");
  if (line.variantId !== null && !(await tx.productVariant.findFirst({ where: { id: line.variantId, productId: line.productId, active: true }, select: { id: true } }))) {
    return none("no_longer_sold");
  }
  const design = await designOf(tx, siteId, line);
  if (design === undefined) return none("design_unavailable");

  const stock = await availableUnits(tx, line.productId, line.variantId);
  const held = stock === null ? 0 : ((await tx.cartItem.aggregate({ where: { cartId, productId: line.productId, variantId: line.variantId }, _sum: { quantity: true } }))._sum.quantity ?? 0);
  const plain = line.designId === null && line.legacyDesignUuid === null;
  const mergeable = !plain
    ? null
    : await tx.cartItem.findFirst({ where: { cartId, productId: line.productId, variantId: line.variantId, designId: null, legacyDesignUuid: null }, select: { id: true, quantity: true } });
  const room = Math.min(stock === null ? MAX_LINE_QUANTITY : stock - held, MAX_LINE_QUANTITY - (mergeable?.quantity ?? 0));
  const added = Math.max(0, Math.min(line.quantity, room));
  if (added === 0) return none("out_of_stock");
  if (mergeable) await tx.cartItem.update({ where: { id: mergeable.id }, data: { quantity: { increment: added } } });
  else await tx.cartItem.create({ data: { cartId, productId: line.productId, variantId: line.variantId, ...design, quantity: added, unitPrice: 0 } });
  return { added, reason: added < line.quantity ? "limited_stock" : null };
}

/** The line's saved design if it still exists ({} for a plain line); undefined when it was deleted. */
async function designOf(tx: Tx, siteId: number, line: Line): Promise<{ designId: number } | { legacyDesignUuid: string } | Record<string, never> | undefined> {
  if (line.designId !== null) {
    const design = await tx.productDesign.findFirst({ where: { id: line.designId, siteId, productId: line.productId!, deletedAt: null }, select: { id: true } });
    return design ? { designId: design.id } : undefined;
  }
  if (line.legacyDesignUuid !== null) {
    const legacy = await tx.legacyDesign.findFirst({ where: { id: line.legacyDesignUuid, siteId, productId: line.productId! }, select: { id: true } });
    return legacy ? { legacyDesignUuid: legacy.id } : undefined;
  }
  // A design removed outright leaves the line without its id; reordering it blank would be a surprise.
  return line.designThumbnailUrl === null ? {} : undefined;
}
