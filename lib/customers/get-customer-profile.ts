import { db } from "@/lib/db";
import { ownOrdersFilter } from "@/lib/account/orders";
import { jsonObjectOrNull } from "@/lib/api/schemas";
import type { CustomerProfile } from "./schemas";


/** action "me" and GET /account: the signed-in customer's profile, address book and order totals. */
export async function getCustomerProfile(siteId: number, customerId: number): Promise<CustomerProfile> {
  const customer = await db().customer.findFirstOrThrow({
    where: { id: customerId, siteId },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      firstName: true,
      lastName: true,
      phone: true,
      defaultShippingAddress: true,
      defaultBillingAddress: true,
      createdAt: true,
      addresses: { orderBy: { id: "asc" }, omit: { customerId: true, createdAt: true, updatedAt: true } },
    },
  });
  // The same orders the account lists: guest orders with the email count once it is verified.
  const paid = await db().order.aggregate({
    where: { ...ownOrdersFilter(siteId, customer), paidAt: { not: null }, status: { notIn: ["cancelled", "refunded"] } },
    _count: { _all: true },
    _sum: { total: true },
  });
  const { addresses, createdAt, ...profile } = customer;
  return {
    ...profile,
    defaultShippingAddress: jsonObjectOrNull(profile.defaultShippingAddress),
    defaultBillingAddress: jsonObjectOrNull(profile.defaultBillingAddress),
    addressBook: addresses,
    orderCount: paid._count._all,
    totalSpent: paid._sum.total ?? 0,
    createdAt: createdAt.toISOString(),
  };
}
