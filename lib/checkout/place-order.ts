import { assignOrderNumber, provisionalOrderNumber } from "@/lib/orders/next-order-number";
import { runTransaction } from "@/lib/db/run-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CheckoutLine } from "@/lib/cart/get-cart";
import type { CheckoutInput } from "./schemas";
import type { Totals } from "./compute-totals";
import { checkoutFingerprint } from "./checkout-fingerprint";
import { holdDiscountUse, holdGiftBalance, holdStock } from "./holds";
import { holdLoyaltyPoints } from "@/lib/loyalty/ledger";

export type OrderDraft = {
  siteId: number;
  currency: string;
  input: CheckoutInput;
  lines: CheckoutLine[];
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
    const order = await tx.order.create({
      data: {
        siteId: draft.siteId,
        orderNumber: provisionalOrderNumber(),
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
            sku: line.sku,
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
      select: { id: true },
    });
    await tx.cart.updateMany({ where: { siteId: draft.siteId, sessionId: input.sessionId }, data: { email: input.customerEmail.toLowerCase() } });
    // Held after the insert, so a concurrent duplicate of an Idempotency-Key fails on the order's
    // unique key (and answers 409) before it waits on, or is refused for, stock the first one took;
    // and as late as can be, so the rows they lock are held for few statements.
    await holdStock(tx, draft.lines);
    if (draft.discount) await holdDiscountUse(tx, draft.discount.id);
    if (draft.giftCertificateId && totals.giftCertificateTotal > 0) {
      await holdGiftBalance(tx, draft.giftCertificateId, totals.giftCertificateTotal);
    }
    if (draft.customerId && totals.loyaltyPointsRedeemed > 0) {
      await holdLoyaltyPoints(tx, { siteId: draft.siteId, customerId: draft.customerId, orderId: order.id, points: totals.loyaltyPointsRedeemed });
    }
    return { id: order.id, orderNumber: await assignOrderNumber(tx, draft.siteId, order.id) };
  });
}
