import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { markOrderPaid } from "@/lib/orders/mark-order-paid";
import { transitionOrder } from "@/lib/orders/order-status";
import { callRoute, type ApiResult } from "./api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout, WEBHOOK_SECRET } from "./checkout-fixtures";
import { bearer, signUp } from "./customers";
import { startFakeAnthropic } from "./fake-anthropic";
import { startFakeOpenAi } from "./fake-openai";
import { documentedOperations, type DocumentedOperation } from "./storefront-routes";

type Handler = Parameters<typeof callRoute>[0];

/**
 * A store where every Storefront API operation can get past its lookups: a signed-in customer with
 * a cart, a delivered order with a return, an address, a support thread and a design; AI keys
 * pointed at fakes on loopback; and a second store with Stripe webhooks configured.
 */
export type StorefrontWorld = {
  siteId: number;
  webhookSiteId: number;
  productId: number;
  customer: { id: number; email: string; token: string };
  cartSessionId: string;
  orderItemId: number;
  /** A valid value for each path parameter. */
  params: Record<string, string>;
  /** Every secret the store holds, none of which may appear in an answer. */
  secrets: string[];
  close(): Promise<void>;
};

export async function createStorefrontWorld(): Promise<StorefrontWorld> {
  const [openai, anthropic] = await Promise.all([startFakeOpenAi(), startFakeAnthropic()]);
  const realUrls = { openai: env.OPENAI_API_URL, anthropic: env.ANTHROPIC_API_URL };
  // lib/env is parsed once at import; the AI clients read these URLs at call time.
  env.OPENAI_API_URL = `${openai.url}/v1`;
  env.ANTHROPIC_API_URL = anthropic.url;
  const shop = await createCheckoutStore({ stripe: false });
  // The store whose webhooks are signed: Stripe's, and EasyPost's with this secret.
  const webhookShop = await createCheckoutStore();
  await db().store.update({ where: { siteId: webhookShop.siteId }, data: { easypostWebhookSecret: "whsec_world_easypost" } });
  const siteId = shop.siteId;
  const aiKeys = { openaiApiKey: "sk-world-openai-5d1c", anthropicApiKey: "sk-ant-world-77e2" };
  await db().store.update({ where: { siteId }, data: aiKeys });
  await db().product.update({ where: { id: shop.product.id }, data: { designable: true, inventory: 1000 } });
  const customer = await signUp(siteId, { emailVerified: true });
  const call = async (name: string, body: unknown, params: Record<string, string> = {}) => {
    const result = await sendTo(operationNamed(name), { siteId, token: customer.token, params, body: JSON.stringify(body) });
    if (result.status >= 300) throw new Error(`${name}: ${result.text}`);
    return result.body.data;
  };
  const cartSessionId = await cartWith(siteId, shop.product.id, 1);
  const checkout = await postCheckout(siteId, { ...checkoutBody(await cartWith(siteId, shop.product.id, 2)), customerEmail: customer.email });
  const { orderId, orderNumber } = checkout.body.data as { orderId: number; orderNumber: string };
  await markOrderPaid(orderId, { providerPaymentId: null, actor: "test" });
  await transitionOrder(db(), { orderId, to: "shipped", actor: "merchant" });
  await transitionOrder(db(), { orderId, to: "delivered", actor: "carrier" });
  const orderItemId = (await db().orderItem.findFirstOrThrow({ where: { orderId } })).id;
  const address = await call("POST /api/storefront/{siteId}/account/addresses", { line1: "1 Main St", city: "Portland", postalCode: "97201", country: "US" });
  const thread = await call("POST /api/storefront/{siteId}/account/support", { subject: "Hello", body: "A question" });
  const design = await call("POST /api/storefront/{siteId}/designs", { productId: shop.product.id, name: "World" });
  const returned = await call("POST /api/storefront/{siteId}/account/orders/{orderNumber}/returns", { items: [{ orderItemId, quantity: 1 }], reason: "Too small", resolution: "refund" }, { orderNumber });
  return {
    siteId,
    webhookSiteId: webhookShop.siteId,
    productId: shop.product.id,
    customer: { id: customer.id, email: customer.email, token: customer.token },
    cartSessionId,
    orderItemId,
    params: {
      slug: shop.product.slug,
      orderNumber,
      addressId: String(address.id),
      messageId: String(thread.id),
      designId: String(design.id),
      uuid: String(design.uuid),
      returnId: String(returned.id),
    },
    secrets: [...Object.values(aiKeys), "sk_test_fake", WEBHOOK_SECRET],
    async close() {
      env.OPENAI_API_URL = realUrls.openai;
      env.ANTHROPIC_API_URL = realUrls.anthropic;
      await Promise.all([openai.close(), anthropic.close()]);
    },
  };
}

export function operationNamed(name: string): DocumentedOperation {
  const operation = documentedOperations().find((o) => o.name === name);
  if (!operation) throw new Error(`No operation ${name}`);
  return operation;
}

/** Calls an operation's handler in-process with raw query pairs and a raw body. */
export async function sendTo(
  operation: DocumentedOperation,
  request: { siteId: number; token?: string; params?: Record<string, string>; query?: [string, string][]; body?: string; contentType?: string },
): Promise<ApiResult> {
  const search = new URLSearchParams(request.query ?? []).toString();
  const handler = ((await operation.route.module()) as Record<string, Handler>)[operation.method];
  return callRoute(handler, `/api/storefront/${request.siteId}/x${search ? `?${search}` : ""}`, {
    params: { siteId: String(request.siteId), ...request.params },
    method: operation.method,
    rawBody: request.body,
    headers: { ...bearer(request.token), ...(request.body !== undefined ? { "content-type": request.contentType ?? "application/json" } : {}) },
  });
}
