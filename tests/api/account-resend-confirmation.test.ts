import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/email/mailer";
import { resendConfirmationResultSchema } from "@/lib/account/resend-confirmation";
import { signUp } from "../support/customers";
import { pinClockIntoTheHour } from "../support/guest-orders";
import { orderMoneyShop, payOrder } from "../support/order-money";

// The limit counts per clock hour; keep every call of a test in one.
pinClockIntoTheHour();

const confirmationsTo = async (email: string) => (await listOutbox({ limit: 500 })).filter((m) => m.to === email && m.tag === "order-confirmation");

describe("POST /account/orders/{orderNumber}/resend-confirmation", () => {
  it("mails a paid order's confirmation again to the order's address, at most 3 times an hour per order", async () => {
    const world = await orderMoneyShop({ stripe: false });
    const order = await world.place(1);
    await payOrder(null, order);
    const before = (await confirmationsTo(world.customer.email)).length;
    const sent = await world.call("resend-confirmation", "POST", order.orderNumber);
    expect(sent.status).toBe(200);
    expect(resendConfirmationResultSchema.strict().parse(sent.body.data)).toMatchObject({ orderNumber: order.orderNumber, sentTo: world.customer.email });
    expect(await confirmationsTo(world.customer.email)).toHaveLength(before + 1);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).confirmationSentAt?.toISOString()).toBe(sent.body.data.sentAt);

    expect((await world.call("resend-confirmation", "POST", order.orderNumber)).status).toBe(200);
    expect((await world.call("resend-confirmation", "POST", order.orderNumber)).status).toBe(200);
    const limited = await world.call("resend-confirmation", "POST", order.orderNumber);
    expect(limited.status).toBe(429);
    expect(limited.body.errorCode).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await confirmationsTo(world.customer.email)).toHaveLength(before + 3);

    // The count is per order: another order of the customer's is not held back.
    const other = await world.place(1);
    await payOrder(null, other);
    expect((await world.call("resend-confirmation", "POST", other.orderNumber)).status).toBe(200);
  });

  it("refuses an unpaid order, and another customer's order answers 404 without mailing anything", async () => {
    const world = await orderMoneyShop({ stripe: false });
    const order = await world.place(1);
    const unpaid = await world.call("resend-confirmation", "POST", order.orderNumber);
    expect(unpaid.status).toBe(409);
    expect(unpaid.body.message).toBe("The confirmation is sent once the order is paid");
    await payOrder(null, order);
    const stranger = await signUp(world.shop.siteId);
    expect((await world.call("resend-confirmation", "POST", order.orderNumber, undefined, stranger.token)).status).toBe(404);
    expect(await confirmationsTo(world.customer.email)).toHaveLength(0);
  });
});
