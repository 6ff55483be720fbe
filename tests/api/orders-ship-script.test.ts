import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { orderMoneyShop, payOrder } from "../support/order-money";

// npm run orders:ship, run as the merchant runs it, against this run's database.
const ship = (...args: string[]) =>
  spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/orders-ship.ts", ...args], { encoding: "utf8", env: { ...process.env }, timeout: 60_000 });

describe("npm run orders:ship", () => {
  it("records a parcel with its tracking link, then its delivery, moving the order to shipped and delivered", async () => {
    const { shop, place } = await orderMoneyShop({ stripe: false });
    const order = await place(2);
    await payOrder(null, order);
    const shipped = ship(String(shop.siteId), order.orderNumber, "UPS", "1Z999", "--url", "https://www.ups.com/track?tracknum=1Z999", "--item", `${order.itemId}:2`);
    expect(shipped.status, shipped.stderr).toBe(0);
    expect(shipped.stdout).toMatch(/Shipment #(\d+): in_transit, UPS 1Z999 https:\/\/www\.ups\.com\/track\?tracknum=1Z999/);
    expect(shipped.stdout).toContain(`2 × Classic Crew Tee [item ${order.itemId}]`);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe("shipped");

    const shipmentId = /Shipment #(\d+)/.exec(shipped.stdout)![1];
    const delivered = ship(String(shop.siteId), "status", shipmentId, "delivered");
    expect(delivered.status, delivered.stderr).toBe(0);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).status).toBe("delivered");
  });

  it("says what is wrong and exits 1: bad usage, or a shipment the order cannot take", async () => {
    const { shop, place } = await orderMoneyShop({ stripe: false });
    const order = await place(1);
    expect(ship("x").status).toBe(1);
    expect(ship(String(shop.siteId), "status", "1", "lost").stderr).toContain("Usage: npm run orders:ship");
    const unpaid = ship(String(shop.siteId), order.orderNumber, "UPS", "1Z1");
    expect(unpaid.status).toBe(1);
    expect(unpaid.stderr).toContain("An order that is pending cannot ship");
  });
});
