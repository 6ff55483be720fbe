import { z } from "zod";
import { runTransaction } from "@/lib/db/run-transaction";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCustomerProfile } from "./get-customer-profile";
import type { CustomerProfile } from "./schemas";

const text = (max: number) => z.string().trim().max(max).nullish();

export const addressInputSchema = z.object({
  label: text(60),
  firstName: text(100),
  lastName: text(100),
  company: text(120),
  line1: z.string({ error: "line1 is required" }).trim().min(1, { error: "line1 is required" }).max(200),
  line2: text(200),
  city: z.string({ error: "city is required" }).trim().min(1, { error: "city is required" }).max(100),
  state: text(100),
  postalCode: text(20),
  country: z
    .string({ error: "country is required" })
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: "country must be an ISO 3166-1 alpha-2 code" })
    .transform((c) => c.toUpperCase()),
  phone: text(40),
  isDefaultShipping: z.boolean().default(false),
  isDefaultBilling: z.boolean().default(false),
});

const freeFormAddress = z
  .record(z.string().max(64), z.unknown())
  .refine((a) => JSON.stringify(a).length <= 4000, { error: "address is too large" });

// Only the spec's fields: anything else in the body (id, email, orderCount, totalSpent, ...) is
// dropped by the schema and never reaches the database.
export const updateProfileSchema = z.object({
  firstName: text(100),
  lastName: text(100),
  phone: text(40),
  defaultShippingAddress: freeFormAddress.nullish(),
  defaultBillingAddress: freeFormAddress.nullish(),
  addressBook: z.array(addressInputSchema).max(50, { error: "addressBook holds at most 50 addresses" }).optional(),
});

export type UpdateProfileInput = z.output<typeof updateProfileSchema>;

/** PATCH /account: changes only the supplied fields; an addressBook replaces the saved addresses. */
export async function updateCustomerProfile(siteId: number, customerId: number, input: UpdateProfileInput): Promise<CustomerProfile> {
  await runTransaction(async (tx) => {
    await tx.customer.update({
      where: { id: customerId, siteId },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        defaultShippingAddress: jsonColumn(input.defaultShippingAddress),
        defaultBillingAddress: jsonColumn(input.defaultBillingAddress),
      },
    });
    if (input.addressBook) {
      await tx.address.deleteMany({ where: { customerId } });
      await tx.address.createMany({ data: oneDefaultEach(input.addressBook).map((a) => ({ ...a, customerId })) });
    }
  });
  return getCustomerProfile(siteId, customerId);
}

// undefined leaves the column alone; null clears it (SQL NULL, which Prisma spells DbNull).
function jsonColumn(value: Record<string, unknown> | null | undefined) {
  if (value === undefined) return undefined;
  return value === null ? Prisma.DbNull : (value as Prisma.InputJsonObject);
}

/** At most one default shipping and one default billing address: the first one flagged wins. */
function oneDefaultEach<A extends { isDefaultShipping: boolean; isDefaultBilling: boolean }>(addresses: A[]): A[] {
  const firstShipping = addresses.findIndex((a) => a.isDefaultShipping);
  const firstBilling = addresses.findIndex((a) => a.isDefaultBilling);
  return addresses.map((a, i) => ({ ...a, isDefaultShipping: i === firstShipping, isDefaultBilling: i === firstBilling }));
}
