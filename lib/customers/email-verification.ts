import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { sendEmail } from "@/lib/email/mailer";
import { verifyEmailEmail } from "@/lib/email/templates/verify-email";
import { enforceRateLimits } from "@/lib/security/rate-limit";
import { newToken, tokenDigest } from "@/lib/security/tokens";
import type { StoreContext } from "@/lib/sites/get-store";
import { accountTokenLink } from "./account-link";

export const VERIFICATION_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
// Each resend sends an e-mail to an address the customer typed: cap it so an account cannot be
// used to flood someone's inbox.
const RESEND_LIMIT = { limit: 3, windowMs: 60 * 60 * 1000 };

/**
 * Mails a single-use link, valid for 24 hours, that proves the customer reads their address.
 * Until then orders placed with that address as a guest are not theirs (lib/account/orders.ts).
 */
export async function sendEmailVerification(store: StoreContext, customerId: number, now = new Date()): Promise<void> {
  const customer = await db().customer.findFirst({
    where: { id: customerId, siteId: store.siteId },
    select: { email: true, firstName: true, emailVerified: true },
  });
  if (!customer || customer.emailVerified) return;
  const token = newToken();
  await db().emailVerificationToken.create({
    data: { customerId, tokenHash: tokenDigest(token), expiresAt: new Date(now.getTime() + VERIFICATION_TOKEN_TTL_MS) },
  });
  const email = verifyEmailEmail({ store: { ...store, supportEmail: null }, firstName: customer.firstName, verifyUrl: accountTokenLink(store, "verify-email", token) });
  await sendEmail({ to: customer.email, ...email, tag: "verify-email" });
}

/** action "resend-verification": a fresh link for a signed-in, unverified customer. */
export async function resendEmailVerification(store: StoreContext, customerId: number): Promise<{ alreadyVerified: boolean }> {
  const { emailVerified } = await db().customer.findFirstOrThrow({ where: { id: customerId, siteId: store.siteId }, select: { emailVerified: true } });
  if (emailVerified) return { alreadyVerified: true };
  await enforceRateLimits([{ key: `verify-email:customer:${customerId}`, ...RESEND_LIMIT }], "Too many verification e-mails; try again later");
  await sendEmailVerification(store, customerId);
  return { alreadyVerified: false };
}

/**
 * action "verify-email": spends the token and marks the email verified in one statement; the
 * token row's lock makes racing redemptions wait and then fail the usedAt check, so one succeeds.
 */
export async function verifyEmail(siteId: number, token: string): Promise<void> {
  const [verified] = await db().$queryRaw<{ id: number }[]>`
    WITH spent AS (
      UPDATE "EmailVerificationToken" AS t SET "usedAt" = now()
      FROM "Customer" AS c
      WHERE t."tokenHash" = ${tokenDigest(token)} AND t."usedAt" IS NULL AND t."expiresAt" > now()
        AND c.id = t."customerId" AND c."siteId" = ${siteId}
      RETURNING t."customerId"
    )
    UPDATE "Customer" SET "emailVerified" = true, "updatedAt" = now()
    WHERE id IN (SELECT "customerId" FROM spent)
    RETURNING id`;
  if (!verified) throw new ApiError("invalid_token", "Invalid or expired verification token");
}
