import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { normaliseCode } from "@/lib/discounts/evaluate-discount";
import type { GiftCertificateValidation } from "./schemas";

type CertificateRow = { status: "active" | "redeemed" | "disabled" | "expired"; remainingAmount: number; expiresAt: Date | null };

/** The status a certificate has now: an active one past its date is expired, one with nothing left is redeemed. */
export function effectiveStatus(row: CertificateRow, now = new Date()): CertificateRow["status"] {
  if (row.status !== "active") return row.status;
  if (row.expiresAt && row.expiresAt <= now) return "expired";
  return row.remainingAmount > 0 ? "active" : "redeemed";
}

/** POST /gift-certificates/validate: the balance and status of a code. Redeems nothing. */
export async function validateGiftCertificate(siteId: number, code: string): Promise<GiftCertificateValidation> {
  const row = await db().giftCertificate.findUnique({
    where: { siteId_code: { siteId, code: normaliseCode(code) } },
    select: { code: true, remainingAmount: true, status: true, expiresAt: true },
  });
  if (!row) throw notFound("Gift certificate not found");
  return { code: row.code, remainingAmount: row.remainingAmount, status: effectiveStatus(row) };
}
