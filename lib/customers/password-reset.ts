import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { sendEmail } from "@/lib/email/mailer";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import { newToken, tokenDigest } from "@/lib/security/tokens";
import type { StoreContext } from "@/lib/sites/get-store";
import { accountTokenLink } from "./account-link";
import { refuseCommonPassword } from "./common-passwords";
import { forgetLoginAttempts } from "./login-customer";
import { hashPassword } from "./password";
import { endOtherSessions } from "./sessions";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * action "forgot-password": e-mails a single-use reset link valid for an hour if the email has an
 * account. The caller answers success either way, so the answer reveals nothing.
 */
export async function requestPasswordReset(store: StoreContext, address: string, now = new Date()): Promise<void> {
  const customer = await db().customer.findUnique({ where: { siteId_email: { siteId: store.siteId, email: address } }, select: { id: true, firstName: true } });
  if (!customer) return;
  const token = newToken();
  await db().passwordResetToken.create({
    data: { customerId: customer.id, tokenHash: tokenDigest(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
  });
  const email = passwordResetEmail({ store: { ...store, supportEmail: null }, firstName: customer.firstName, resetUrl: accountTokenLink(store, "reset-password", token) });
  await sendEmail({ to: address, ...email, tag: "password-reset" });
}

/**
 * action "reset-password": spends the token (one UPDATE both checks and uses it, so it works
 * once however many requests race), sets the new password, ends every session and lifts a
 * sign-in lockout. A common password is refused before the token is spent, so it can be retried.
 * Opening the mailed link proves control of the mailbox, so the email counts as verified too.
 */
export async function resetPassword(siteId: number, token: string, password: string): Promise<void> {
  refuseCommonPassword(password);
  const [used] = await db().$queryRaw<{ customerId: number; email: string }[]>`
    UPDATE "PasswordResetToken" AS t SET "usedAt" = now()
    FROM "Customer" AS c
    WHERE t."tokenHash" = ${tokenDigest(token)} AND t."usedAt" IS NULL AND t."expiresAt" > now()
      AND c.id = t."customerId" AND c."siteId" = ${siteId}
    RETURNING t."customerId", c.email`;
  if (!used) throw new ApiError("invalid_token", "Invalid or expired reset token");
  await db().customer.update({ where: { id: used.customerId }, data: { passwordHash: await hashPassword(password), emailVerified: true } });
  await endOtherSessions(used.customerId);
  await forgetLoginAttempts(siteId, used.email);
}
