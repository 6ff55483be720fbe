import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { runTransaction } from "@/lib/db/run-transaction";
import { createSite } from "@/tests/support/fixtures";
import { assignOrderNumber, provisionalOrderNumber } from "./next-order-number";

const placeOrder = (siteId: number, { fail = false } = {}) =>
  runTransaction(async (tx) => {
    const order = await tx.order.create({
      data: { siteId, orderNumber: provisionalOrderNumber(), customerEmail: "n@example.com", customerName: "N", currency: "USD", subtotal: 100, total: 100 },
      select: { id: true },
    });
    const orderNumber = await assignOrderNumber(tx, siteId, order.id);
    if (fail) throw new Error("the order is rolled back");
    return orderNumber;
  });

it("numbers a site's orders one after another, without gaps, also when they are placed at once", async () => {
  const { id: siteId } = await createSite();
  const numbers = await Promise.all(Array.from({ length: 12 }, () => placeOrder(siteId)));
  expect(numbers.toSorted()).toEqual(Array.from({ length: 12 }, (_, i) => `ORD-${String(i + 1).padStart(4, "0")}`));
  // Stored as answered: no order keeps its stand-in number.
  const stored = await db().order.findMany({ where: { siteId }, select: { orderNumber: true } });
  expect(stored.map((order) => order.orderNumber).toSorted()).toEqual(numbers.toSorted());
});

it("gives a rolled-back order's number to the next one, and counts each site apart", async () => {
  const { id: siteId } = await createSite();
  const { id: otherSiteId } = await createSite();
  expect(await placeOrder(siteId)).toBe("ORD-0001");
  await expect(placeOrder(siteId, { fail: true })).rejects.toThrow("rolled back");
  expect(await placeOrder(siteId)).toBe("ORD-0002");
  expect(await placeOrder(otherSiteId)).toBe("ORD-0001");
});

it("keeps every digit past four", async () => {
  const { id: siteId } = await createSite();
  await db().orderCounter.create({ data: { siteId, value: 9_999 } });
  expect(await placeOrder(siteId)).toBe("ORD-10000");
});
