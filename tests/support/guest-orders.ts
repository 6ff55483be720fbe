import { afterAll, beforeAll, vi } from "vitest";
import { GET as orderRoute } from "@/app/api/storefront/[siteId]/orders/[orderNumber]/route";
import { callRoute } from "./api";
import { cartWith, checkoutBody, createCheckoutStore, postCheckout } from "./checkout-fixtures";

const HOUR = 3_600_000;

/** Pins Date a minute into the hour, so no test's lookups are split over two hourly windows. */
export function pinClockIntoTheHour() {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Math.floor(Date.now() / HOUR) * HOUR + 60_000);
  });
  afterAll(() => vi.useRealTimers());
}

/** GET /orders/{orderNumber}?email=, optionally with an X-Forwarded-For header. */
export const lookupOrder = (siteId: number, orderNumber: string, options: { email?: string; forwardedFor?: string } = {}) =>
  callRoute(orderRoute, `/api/storefront/${siteId}/orders/${encodeURIComponent(orderNumber)}${options.email === undefined ? "" : `?email=${encodeURIComponent(options.email)}`}`, {
    params: { siteId: String(siteId), orderNumber },
    headers: options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {},
  });

/** A guest order on a store of its own, placed with checkoutBody's email (jane@example.com). */
export async function placeGuestOrder() {
  const shop = await createCheckoutStore({ stripe: false });
  const { body } = await postCheckout(shop.siteId, checkoutBody(await cartWith(shop.siteId, shop.product.id, 1)));
  return { siteId: shop.siteId, orderNumber: body.data.orderNumber as string, email: "jane@example.com" };
}
