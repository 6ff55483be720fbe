import { ok } from "@/lib/api/respond";
import { parseBody } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { requireCustomer } from "@/lib/customers/require-customer";
import { startSubscriptionSchema } from "@/lib/subscriptions/schemas";
import { startSubscription } from "@/lib/subscriptions/start-subscription";
import { listSubscriptions } from "@/lib/subscriptions/subscriptions";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute({
  // GET /api/storefront/[siteId]/account/subscriptions – the customer's subscriptions
  GET: async ({ request, store }) => ok(await listSubscriptions(store.siteId, (await requireCustomer(request, store.siteId)).customerId)),
  // POST /api/storefront/[siteId]/account/subscriptions – start a subscription to a plan (pay its first invoice with Stripe.js)
  POST: async ({ request, store }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const input = await parseBody(startSubscriptionSchema, request);
    const { started, created } = await startSubscription(store.siteId, customerId, input);
    return ok(started, { status: created ? 201 : 200 });
  },
});
