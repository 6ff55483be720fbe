import { ok } from "@/lib/api/respond";
import { parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getGuestOrder } from "@/lib/orders/get-guest-order";
import { guestOrderQuerySchema, orderNumberParamSchema } from "@/lib/orders/schemas";
import { clientAddress } from "@/lib/security/client-address";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; orderNumber: string }>({
  // GET /api/storefront/[siteId]/orders/[orderNumber]?email= – guest order lookup, verified by the purchaser's email
  GET: async ({ request, store, params }) => {
    const { orderNumber } = parseParams(orderNumberParamSchema, params);
    // Not parseQuery: a missing or malformed email answers exactly like a wrong one (the same
    // counted lookup, the same 404), so it goes on as no email rather than as a 400.
    const query = guestOrderQuerySchema.safeParse({ email: request.nextUrl.searchParams.get("email") ?? undefined });
    const email = query.success ? query.data.email : null;
    return ok(await getGuestOrder({ siteId: store.siteId, orderNumber, email, clientAddress: clientAddress(request) }));
  },
});
