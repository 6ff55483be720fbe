import { ApiError } from "@/lib/api/errors";
import { formatMoney } from "@/lib/format/money";

export type DiscountRow = {
  code: string;
  description: string | null;
  discountType: "percent" | "fixed_amount" | "free_shipping";
  amount: number;
  minOrderAmount: number | null;
  maxUses: number | null;
  usedCount: number;
  startsAt: Date | null;
  expiresAt: Date | null;
  active: boolean;
};

/** Codes are stored upper-case and typed any way. */
export const normaliseCode = (code: string) => code.trim().toUpperCase();

/**
 * Why a code cannot be used now, or null when it can. The minimum order is checked only when a
 * subtotal is known.
 */
export function discountProblem(row: DiscountRow, subtotal: number | undefined, now: Date, money: { currency: string; locale: string }): string | null {
  if (!row.active) return "Invalid discount code";
  if (row.startsAt && row.startsAt > now) return "This discount code is not active yet";
  if (row.expiresAt && row.expiresAt <= now) return "This discount code has expired";
  if (row.maxUses !== null && row.usedCount >= row.maxUses) return "This discount code has reached its usage limit";
  if (subtotal !== undefined && row.minOrderAmount !== null && subtotal < row.minOrderAmount) {
    return `This discount code needs an order of at least ${formatMoney(row.minOrderAmount, money.currency, money.locale)}`;
  }
  return null;
}

export function assertUsable(row: DiscountRow | null, subtotal: number | undefined, now: Date, money: { currency: string; locale: string }): DiscountRow {
  const problem = row ? discountProblem(row, subtotal, now, money) : "Invalid discount code";
  if (problem) throw new ApiError("invalid_discount_code", problem);
  return row!;
}

/**
 * The discount on the merchandise subtotal, in cents: percent in basis points rounded to the
 * nearest cent, a fixed amount capped at the subtotal, and 0 for free shipping (which checkout
 * takes off the shipping instead).
 */
export function discountOnSubtotal(row: Pick<DiscountRow, "discountType" | "amount">, subtotal: number): number {
  switch (row.discountType) {
    case "percent":
      return Math.min(subtotal, Math.round((subtotal * row.amount) / 10_000));
    case "fixed_amount":
      return Math.min(subtotal, row.amount);
    case "free_shipping":
      return 0;
  }
}
