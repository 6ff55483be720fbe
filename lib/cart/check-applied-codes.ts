import { ApiError } from "@/lib/api/errors";
import { validateDiscount } from "@/lib/discounts/validate-discount";
import type { GiftCertificateValidation } from "@/lib/gift-certificates/schemas";
import { validateGiftCertificate } from "@/lib/gift-certificates/validate-gift-certificate";
import type { StoreContext } from "@/lib/sites/get-store";
import type { AppliedCodes } from "./applied-codes-cookie";

export type DiscountCheck =
  | { code: string; usable: true; description: string | null; freeShipping: boolean; discountAmount: number }
  | { code: string; usable: false; problem: string };

export type GiftCertificateCheck = { code: string; usable: true; balance: number } | { code: string; usable: false; problem: string };

export type AppliedCodesCheck = { discount: DiscountCheck | null; giftCertificate: GiftCertificateCheck | null };

/** Why a gift certificate in this state cannot pay, or null when it can. */
export function giftCertificateProblem(status: GiftCertificateValidation["status"]): string | null {
  switch (status) {
    case "active":
      return null;
    case "redeemed":
      return "This gift certificate has no balance left";
    case "expired":
      return "This gift certificate has expired";
    case "disabled":
      return "This gift certificate can no longer be used";
  }
}

/** A discount code checked against the cart's subtotal; an unusable code answers why, never throws for it. */
export async function checkDiscountCode(store: StoreContext, code: string, subtotal: number): Promise<DiscountCheck> {
  try {
    const valid = await validateDiscount(store, code, subtotal);
    return {
      code: valid.code,
      usable: true,
      description: valid.description,
      freeShipping: valid.discountType === "free_shipping",
      discountAmount: valid.discountAmount ?? 0,
    };
  } catch (error) {
    if (error instanceof ApiError) return { code, usable: false, problem: error.message };
    throw error;
  }
}

/** A gift certificate's balance, or why it cannot pay. */
export async function checkGiftCertificate(siteId: number, code: string): Promise<GiftCertificateCheck> {
  try {
    const certificate = await validateGiftCertificate(siteId, code);
    const problem = giftCertificateProblem(certificate.status);
    return problem ? { code: certificate.code, usable: false, problem } : { code: certificate.code, usable: true, balance: certificate.remainingAmount };
  } catch (error) {
    if (error instanceof ApiError) return { code, usable: false, problem: error.code === "not_found" ? "Gift certificate not found" : error.message };
    throw error;
  }
}

/**
 * The codes a shopper applied on the cart page, checked again on every render: a code that was
 * fine when typed may stop applying (the subtotal fell under its minimum, it expired meanwhile).
 */
export async function checkAppliedCodes(store: StoreContext, codes: AppliedCodes, subtotal: number): Promise<AppliedCodesCheck> {
  const [discount, giftCertificate] = await Promise.all([
    codes.discountCode ? checkDiscountCode(store, codes.discountCode, subtotal) : null,
    codes.giftCertificateCode ? checkGiftCertificate(store.siteId, codes.giftCertificateCode) : null,
  ]);
  return { discount, giftCertificate };
}

/**
 * What the cart page can promise before checkout: the merchandise after the discount, and how
 * much of it a gift certificate would cover. Shipping and tax come at checkout, where the
 * certificate also pays toward them.
 */
export function cartEstimate(subtotal: number, check: AppliedCodesCheck) {
  const discount = check.discount?.usable ? Math.min(check.discount.discountAmount, subtotal) : 0;
  const afterDiscount = subtotal - discount;
  const giftCertificate = check.giftCertificate?.usable ? Math.min(check.giftCertificate.balance, afterDiscount) : 0;
  return { discount, giftCertificate, total: afterDiscount - giftCertificate };
}
