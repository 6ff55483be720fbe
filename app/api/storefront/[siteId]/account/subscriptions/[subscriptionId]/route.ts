import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { changeSubscription } from "@/lib/subscriptions/change-subscription";
import { subscriptionActionSchema, subscriptionIdParamSchema } from "@/lib/subscriptions/schemas";
import { getSubscription } from "@/lib/subscriptions/subscriptions";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; subscriptionId: string }>({
  // GET /api/storefront/[siteId]/account/subscriptions/[subscriptionId] – one subscription with its history and orders
  GET: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { subscriptionId } = parseParams(subscriptionIdParamSchema, params);
    return ok(await getSubscription(store.siteId, customerId, subscriptionId));
  },
  // POST /api/storefront/[siteId]/account/subscriptions/[subscriptionId] – pause, resume, skip-cycle, change-plan, change-quantity or cancel
  POST: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { subscriptionId } = parseParams(subscriptionIdParamSchema, params);
    const input = await parseBody(subscriptionActionSchema, request);
    return ok(await changeSubscription(store.siteId, customerId, subscriptionId, input));
  },
});
