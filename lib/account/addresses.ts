import { z } from "zod";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { notFound } from "@/lib/api/errors";
import { positiveIdString } from "@/lib/api/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addressInputSchema } from "@/lib/customers/update-customer-profile";

export const addressIdParamSchema = z.object({
  addressId: positiveIdString("addressId must be an address id"),
});

export const updateAddressSchema = addressInputSchema.partial().extend({
  isDefaultShipping: z.boolean().optional(),
  isDefaultBilling: z.boolean().optional(),
});

const select = { id: true, label: true, firstName: true, lastName: true, company: true, line1: true, line2: true, city: true, state: true, postalCode: true, country: true, phone: true, isDefaultShipping: true, isDefaultBilling: true } as const;

type Tx = Prisma.TransactionClient;

/** Making an address the default of a kind takes the flag off the customer's other addresses. */
async function keepOneDefault(tx: Tx, customerId: number, addressId: number, flags: { isDefaultShipping?: boolean; isDefaultBilling?: boolean }) {
  if (flags.isDefaultShipping) await tx.address.updateMany({ where: { customerId, id: { not: addressId } }, data: { isDefaultShipping: false } });
  if (flags.isDefaultBilling) await tx.address.updateMany({ where: { customerId, id: { not: addressId } }, data: { isDefaultBilling: false } });
}

async function ownAddress(customerId: number, addressId: number) {
  const address = await db().address.findFirst({ where: { id: addressId, customerId }, select });
  if (!address) throw notFound("Address not found");
  return address;
}

export const listAddresses = (customerId: number) => db().address.findMany({ where: { customerId }, orderBy: { id: "asc" }, select });

export const getAddress = ownAddress;

export async function addAddress(customerId: number, input: z.output<typeof addressInputSchema>) {
  return runTransaction(async (tx) => {
    const address = await tx.address.create({ data: { ...input, customerId }, select });
    await keepOneDefault(tx, customerId, address.id, input);
    return address;
  });
}

export async function updateAddress(customerId: number, addressId: number, input: z.output<typeof updateAddressSchema>) {
  await ownAddress(customerId, addressId);
  return runTransaction(async (tx) => {
    const address = await tx.address.update({ where: { id: addressId }, data: input, select });
    await keepOneDefault(tx, customerId, addressId, input);
    return address;
  });
}

export async function deleteAddress(customerId: number, addressId: number) {
  const { count } = await db().address.deleteMany({ where: { id: addressId, customerId } });
  if (count === 0) throw notFound("Address not found");
  return { deleted: true as const };
}
