import { ok } from "@/lib/api/respond";
import { parseBody, parseParams } from "@/lib/api/parse";
import { storefrontRoute } from "@/lib/api/with-storefront";
import { getSupportThread, replyToSupportThread, supportMessageParamSchema, supportReplyInputSchema } from "@/lib/account/support";
import { requireCustomer } from "@/lib/customers/require-customer";

export const { GET, POST, PUT, PATCH, DELETE } = storefrontRoute<{ siteId: string; messageId: string }>({
  // GET /api/storefront/[siteId]/account/support/[messageId] – a message with its reply thread
  GET: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { messageId } = parseParams(supportMessageParamSchema, params);
    return ok(await getSupportThread(store.siteId, customerId, messageId));
  },
  // POST /api/storefront/[siteId]/account/support/[messageId] – the customer replies
  POST: async ({ request, store, params }) => {
    const { customerId } = await requireCustomer(request, store.siteId);
    const { messageId } = parseParams(supportMessageParamSchema, params);
    const { body } = await parseBody(supportReplyInputSchema, request);
    return ok(await replyToSupportThread(store.siteId, customerId, messageId, body), { status: 201 });
  },
});
