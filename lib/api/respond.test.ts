import { describe, expect, it } from "vitest";
import { ok } from "./respond";

const deepFrozen = <T extends object>(value: T): T => {
  for (const child of Object.values(value)) if (child && typeof child === "object") deepFrozen(child);
  return Object.freeze(value);
};

describe("ok", () => {
  it("answers a frozen (cached) value's envelope, written once, for as long as its extras are the same", async () => {
    const products = deepFrozen([{ id: 1, name: "Tee" }]);
    const pagination = deepFrozen({ page: 1, total: 1 });
    const first = await ok(products, { extra: { pagination } }).text();
    expect(JSON.parse(first)).toEqual({ success: true, data: [{ id: 1, name: "Tee" }], pagination: { page: 1, total: 1 } });
    expect(await ok(products, { extra: { pagination } }).text()).toBe(first);
    // Another page of the same products, or the same value without extras, is its own envelope.
    const other = deepFrozen({ page: 2, total: 1 });
    expect(JSON.parse(await ok(products, { extra: { pagination: other } }).text()).pagination).toEqual({ page: 2, total: 1 });
    expect(JSON.parse(await ok(products).text())).toEqual({ success: true, data: [{ id: 1, name: "Tee" }] });
  });

  it("writes a value that can still change afresh on every answer", async () => {
    const cart = { items: [] as number[] };
    expect(JSON.parse(await ok(cart).text()).data.items).toEqual([]);
    cart.items.push(1);
    expect(JSON.parse(await ok(cart).text()).data.items).toEqual([1]);
    const response = ok(cart, { status: 201 });
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toBe("application/json");
  });
});
