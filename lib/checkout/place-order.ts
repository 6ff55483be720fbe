import { nextOrderNumber } from "@/lib/orders/next-order-number";
import { runTransaction } from "@/lib/db/run-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CartItemView } from "@/lib/cart/schemas";
import type { CheckoutInput } from "./schemas";
import type { Totals } from "./compute-totals";
import { checkoutFingerprint } from "./checkout-fingerprint";
import { holdDiscountUse, holdGiftBalance, holdStock } from "./holds";
import { holdLoyaltyPoints } from "@/lib/loyalty/ledger";

export type OrderDraft = {
  siteId: number;
  currency: string;
  input: CheckoutInput;
  lines: CartItemView[];
  totals: Totals;
  shipping: { id: string; name: string; carrier: string | null } | null;
  discount: { id: number; code: string } | null;
  giftCertificateId: number | null;
  idempotencyKey: string | null;
  customerId: number | null;
};

/**
 * Stores the order as pending with its prices frozen, and in the same transaction holds its stock,
 * discount use, gift balance and loyalty points. Nothing here calls the network: the payment comes after commit.
 */
export async function placeOrder(draft: OrderDraft) {
  const { input, totals } = draft;
  return runTransaction(async (tx) => {
    const skus = await skusOf(tx, draft.lines);
    const order = await tx.order.create({
      data: {
        siteId: draft.siteId,
        orderNumber: await nextOrderNumber(tx, draft.siteId),
        customerId: draft.customerId,
        cartSessionId: input.sessionId,
        customerEmail: input.customerEmail.toLowerCase(),
        customerName: input.customerName,
        customerPhone: input.customerPhone,
        shippingAddress: (input.shippingAddress ?? undefined) as Prisma.InputJsonObject | undefined,
        billingAddress: (input.billingAddress ?? undefined) as Prisma.InputJsonObject | undefined,
        currency: draft.currency,
        subtotal: totals.subtotal,
        shippingTotal: totals.shippingTotal,
        discountTotal: totals.discountTotal,
        taxTotal: totals.taxTotal,
        giftCertificateTotal: totals.giftCertificateTotal,
        loyaltyPointsRedeemed: totals.loyaltyPointsRedeemed,
        loyaltyDiscountTotal: totals.loyaltyDiscountTotal,
        total: totals.total,
        shippingRateId: draft.shipping?.id,
        shippingMethod: draft.shipping?.name,
        carrier: draft.shipping?.carrier,
        discountCodeId: draft.discount?.id,
        discountCode: draft.discount?.code,
        giftCertificateId: draft.giftCertificateId,
        customerNote: input.customerNote,
        idempotencyKey: draft.idempotencyKey,
        idempotencyFingerprint: draft.idempotencyKey ? checkoutFingerprint(input) : null,
        paymentMode: totals.amountDue === 0 ? "gift_certificate" : undefined,
        items: {
          create: draft.lines.map((line) => ({
            productId: line.productId,
            variantId: line.variantId,
            designId: typeof line.designId === "number" ? line.designId : null,
            legacyDesignUuid: typeof line.designId === "string" ? line.designId : null,
            productName: line.productName,
            variantName: line.variantName,
            sku: skus.get(skuKey(line)) ?? null,
            unitPrice: line.unitPrice,
            quantity: line.quantity,
            total: line.lineTotal,
            designThumbnailUrl: line.design?.thumbnailUrl ?? null,
            designPreviewUrl: line.design?.previewUrl ?? null,
          })),
        },
        statusHistory: { create: { toStatus: "pending", actor: "customer", note: "Order placed" } },
        ...(draft.giftCertificateId && totals.giftCertificateTotal > 0
          ? { giftRedemptions: { create: { giftCertificateId: draft.giftCertificateId, amount: totals.giftCertificateTotal } } }
          : {}),
      },
      select: { id: true, orderNumber: true },
    });
    // Held after the insert, so a concurrent duplicate of an Idempotency-Key fails on the order's
    // unique key (and answers 409) before it waits on, or is refused for, stock the first one took.
    await holdStock(tx, draft.lines);
    if (draft.discount) await holdDiscountUse(tx, draft.discount.id);
    if (draft.giftCertificateId && totals.giftCertificateTotal > 0) {
      await holdGiftBalance(tx, draft.giftCertificateId, totals.giftCertificateTotal);
    }
    if (draft.customerId && totals.loyaltyPointsRedeemed > 0) {
      await holdLoyaltyPoints(tx, { siteId: draft.siteId, customerId: draft.customerId, orderId: order.id, points: totals.loyaltyPointsRedeemed });
    }
    await tx.cart.updateMany({ where: { siteId: draft.siteId, sessionId: input.sessionId }, data: { email: input.customerEmail.toLowerCase() } });
    return order;
  });
}

const skuKey = (line: { productId: number; variantId: number | null }) => `${line.productId}:${line.variantId ?? ""}`;

/** Each line's SKU as the order records it: the variant's, else the product's. */
async function skusOf(tx: Prisma.TransactionClient, lines: { productId: number; variantId: number | null }[]) {
  const variantIds = lines.flatMap((l) => (l.variantId ? [l.variantId] : []));
  const [variants, products] = await Promise.all([
    tx.productVariant.findMany({ where: { id: { in: variantIds } }, select: { id: true, sku: true } }),
    tx.product.findMany({ where: { id: { in: lines.map((l) => l.productId) } }, select: { id: true, sku: true } }),
  ]);
  const variantSku = new Map(variants.map((v) => [v.id, v.sku]));
  const productSku = new Map(products.map((p) => [p.id, p.sku]));
  return new Map(lines.map((l) => [skuKey(l), (l.variantId ? variantSku.get(l.variantId) : null) ?? productSku.get(l.productId) ?? null]));
}
