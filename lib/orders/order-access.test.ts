import { describe, expect, it } from "vitest";
import { addGrant, GRANT_TTL_MS, hasGrant, MAX_GRANTS, readGrants } from "./order-access";

const SECRET = "a-test-secret-of-at-least-32-characters";
const now = Date.UTC(2026, 0, 1);

describe("order access grants", () => {
  it("grants the order it was issued for, and no other", () => {
    const grants = readGrants(addGrant(undefined, "MT-1001", SECRET, now), SECRET, now);
    expect(hasGrant(grants, "MT-1001")).toBe(true);
    expect(hasGrant(grants, "MT-1002")).toBe(false);
  });

  it("keeps earlier grants and renews a repeated one", () => {
    let value = addGrant(undefined, "MT-1001", SECRET, now);
    value = addGrant(value, "MT-1002", SECRET, now + 1000);
    value = addGrant(value, "MT-1001", SECRET, now + 2000);
    expect(readGrants(value, SECRET, now + 2000)).toEqual([
      { orderNumber: "MT-1002", expiresAt: now + 1000 + GRANT_TTL_MS },
      { orderNumber: "MT-1001", expiresAt: now + 2000 + GRANT_TTL_MS },
    ]);
  });

  it("lets grants lapse", () => {
    const value = addGrant(undefined, "MT-1001", SECRET, now);
    expect(readGrants(value, SECRET, now + GRANT_TTL_MS - 1)).toHaveLength(1);
    expect(readGrants(value, SECRET, now + GRANT_TTL_MS)).toEqual([]);
  });

  it(`holds at most ${MAX_GRANTS} orders, dropping the oldest`, () => {
    let value: string | undefined;
    for (let i = 1; i <= MAX_GRANTS + 2; i++) value = addGrant(value, `MT-${i}`, SECRET, now + i);
    const numbers = readGrants(value, SECRET, now + 10).map((g) => g.orderNumber);
    expect(numbers).toEqual(["MT-3", "MT-4", "MT-5", "MT-6", "MT-7"]);
  });

  it("refuses a tampered, foreign or malformed cookie", () => {
    const value = addGrant(undefined, "MT-1001", SECRET, now);
    const [payload, signature] = value.split(".");
    const forged = Buffer.from(JSON.stringify([{ orderNumber: "MT-9999", expiresAt: now + GRANT_TTL_MS }])).toString("base64url");
    expect(readGrants(`${forged}.${signature}`, SECRET, now)).toEqual([]);
    expect(readGrants(value, "another-secret-of-at-least-32-characters", now)).toEqual([]);
    for (const junk of [undefined, "", "abc", `${payload}.`, `${payload}.${signature}.x`, "e30.e30"]) {
      expect(readGrants(junk, SECRET, now)).toEqual([]);
    }
  });
});
