import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { refuseCommonPassword } from "@/lib/customers/common-passwords";
import { hashPassword, verifyPassword } from "@/lib/customers/password";
import { passwordSchema } from "@/lib/customers/schemas";
import { endOtherSessions } from "@/lib/customers/sessions";

export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "currentPassword is required" }).min(1, { error: "currentPassword is required" }).max(256),
  newPassword: passwordSchema,
});

/** POST /account/password: needs the current password; every other session of the account ends. */
export async function changePassword(customerId: number, sessionId: number, input: z.output<typeof changePasswordSchema>) {
  refuseCommonPassword(input.newPassword, "newPassword");
  const { passwordHash } = await db().customer.findUniqueOrThrow({ where: { id: customerId }, select: { passwordHash: true } });
  if (!(await verifyPassword(input.currentPassword, passwordHash))) throw new ApiError("forbidden", "The current password is not correct");
  await db().customer.update({ where: { id: customerId }, data: { passwordHash: await hashPassword(input.newPassword) } });
  await endOtherSessions(customerId, sessionId);
  return { changed: true as const };
}
