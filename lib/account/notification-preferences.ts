import { z } from "zod";
import { db } from "@/lib/db";

const channels = z.object({ email: z.boolean(), sms: z.boolean() });

export const notificationPreferencesSchema = z
  .object({ transactional: channels, promotional: channels, newsletter: channels })
  .meta({ id: "NotificationPreferences", description: "Per kind of message, per channel" });

export const updateNotificationPreferencesSchema = z.object({
  transactional: channels.partial().optional(),
  promotional: channels.partial().optional(),
  newsletter: channels.partial().optional(),
});

type Preferences = z.infer<typeof notificationPreferencesSchema>;

// Order and account e-mails on; anything promotional only after the customer opts in.
export const DEFAULT_PREFERENCES: Preferences = {
  transactional: { email: true, sms: false },
  promotional: { email: false, sms: false },
  newsletter: { email: false, sms: false },
};

function withDefaults(stored: unknown): Preferences {
  const parsed = updateNotificationPreferencesSchema.safeParse(stored ?? {});
  const saved = parsed.success ? parsed.data : {};
  return {
    transactional: { ...DEFAULT_PREFERENCES.transactional, ...saved.transactional },
    promotional: { ...DEFAULT_PREFERENCES.promotional, ...saved.promotional },
    newsletter: { ...DEFAULT_PREFERENCES.newsletter, ...saved.newsletter },
  };
}

export async function getNotificationPreferences(customerId: number): Promise<Preferences> {
  const { notificationPreferences } = await db().customer.findUniqueOrThrow({ where: { id: customerId }, select: { notificationPreferences: true } });
  return withDefaults(notificationPreferences);
}

/** PATCH /account/notifications: changes only the channels supplied. */
export async function updateNotificationPreferences(customerId: number, input: z.output<typeof updateNotificationPreferencesSchema>): Promise<Preferences> {
  const current = await getNotificationPreferences(customerId);
  const next: Preferences = {
    transactional: { ...current.transactional, ...input.transactional },
    promotional: { ...current.promotional, ...input.promotional },
    newsletter: { ...current.newsletter, ...input.newsletter },
  };
  await db().customer.update({ where: { id: customerId }, data: { notificationPreferences: next } });
  return next;
}
