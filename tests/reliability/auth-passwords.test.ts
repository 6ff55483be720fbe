import { randomUUID, scryptSync } from "node:crypto";
import { dictionary } from "@zxcvbn-ts/language-common";
import { beforeAll, describe, expect, it } from "vitest";
import * as passwordRoute from "@/app/api/storefront/[siteId]/account/password/route";
import { db } from "@/lib/db";
import { callRoute } from "../support/api";
import { bearer, callAuth } from "../support/customers";
import { createSite } from "../support/fixtures";
import { mailedToken } from "../support/mailed-token";

// Promise: passwords are stored as scrypt (N ≥ 2^17, r = 8, p = 1), long ones are taken whole,
// and none of the 3,000 most common passwords can be chosen, on any path that sets one.

let siteId: number;
const uniqueEmail = () => `pw-${randomUUID()}@example.com`;
const storedHash = async (email: string) => (await db().customer.findFirstOrThrow({ where: { siteId, email }, omit: { passwordHash: false } })).passwordHash;

// The ranked list the storefront refuses from, read here on its own: rank 1, the last refused
// rank, and the first one past the cut that is long enough to be a password at all.
const ranked = dictionary["passwords-common"];
const top3000 = new Set(ranked.slice(0, 3000).map((p) => p.normalize("NFKC").toLowerCase()));
const lastRefused = ranked.slice(0, 3000).findLast((p) => p.length >= 8)!;
const firstAllowed = ranked.slice(3000).find((p) => p.length >= 8 && !top3000.has(p.toLowerCase()))!;
const COMMON = ["password", "12345678", lastRefused, "PassWord1", "ｐａｓｓｗｏｒｄ" /* full-width: NFKC makes it "password" */];
const commonMessage = (field: string) => ({ success: false, message: `${field} is one of the 3,000 most common passwords; choose another`, errorCode: "validation_error" });

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("password storage", () => {
  it("is scrypt with N ≥ 2^17, r = 8, p = 1, and the stored parameters are the ones really used", async () => {
    const email = uniqueEmail();
    expect((await callAuth(siteId, { action: "register", email, password: "quiet violet lamppost" })).status).toBe(201);
    const [scheme, N, r, p, salt, hash] = (await storedHash(email)).split("$");
    expect(scheme).toBe("scrypt");
    expect(Number(N)).toBeGreaterThanOrEqual(2 ** 17);
    expect([Number(r), Number(p)]).toEqual([8, 1]);
    const key = Buffer.from(hash, "base64");
    const recomputed = scryptSync("quiet violet lamppost", Buffer.from(salt, "base64"), key.length, { N: Number(N), r: 8, p: 1, maxmem: 256 * Number(N) * 8 });
    expect(recomputed.equals(key)).toBe(true);
    expect(Buffer.from(salt, "base64").length).toBeGreaterThanOrEqual(16);
  });

  it("takes a 200-character password whole: one differing only in character 150 does not sign in", async () => {
    const email = uniqueEmail();
    const long = Array.from({ length: 200 }, (_, i) => "abcdefghijklmnopqrstuvwxyz"[(i * 7) % 26]).join("");
    const differsAt150 = `${long.slice(0, 149)}${long[149] === "z" ? "y" : "z"}${long.slice(150)}`;
    expect((await callAuth(siteId, { action: "register", email, password: long })).status).toBe(201);
    expect((await callAuth(siteId, { action: "login", email, password: long })).status).toBe(200);
    expect((await callAuth(siteId, { action: "login", email, password: differsAt150 })).status).toBe(401);
    expect((await callAuth(siteId, { action: "login", email, password: long.slice(0, 150) })).status).toBe(401);
  });
});

describe("common passwords", () => {
  it.each(COMMON)("refuses %j at register with a 400 that says why, and creates no account", async (password) => {
    const email = uniqueEmail();
    const { status, body } = await callAuth(siteId, { action: "register", email, password });
    expect({ status, body }).toEqual({ status: 400, body: commonMessage("password") });
    expect(await db().customer.count({ where: { siteId, email } })).toBe(0);
  });

  it("accepts a password just past the 3,000th rank", async () => {
    expect((await callAuth(siteId, { action: "register", email: uniqueEmail(), password: firstAllowed })).status).toBe(201);
  });

  it("refuses one as the new password of a change, keeping the old password", async () => {
    const email = uniqueEmail();
    const { body } = await callAuth(siteId, { action: "register", email, password: "quiet violet lamppost" });
    const before = await storedHash(email);
    for (const newPassword of COMMON) {
      const change = await callRoute(passwordRoute.POST, `/api/storefront/${siteId}/account/password`, {
        params: { siteId: String(siteId) },
        method: "POST",
        body: { currentPassword: "quiet violet lamppost", newPassword },
        headers: bearer(body.data.token),
      });
      expect({ newPassword, status: change.status, body: change.body }).toEqual({ newPassword, status: 400, body: commonMessage("newPassword") });
    }
    expect(await storedHash(email)).toBe(before);
  });

  it("refuses one at reset without spending the token, which then still sets a good password", async () => {
    const email = uniqueEmail();
    await callAuth(siteId, { action: "register", email, password: "quiet violet lamppost" });
    await callAuth(siteId, { action: "forgot-password", email });
    const token = await mailedToken(email, "password-reset");
    for (const password of COMMON) {
      const reset = await callAuth(siteId, { action: "reset-password", token, password });
      expect({ password, status: reset.status, body: reset.body }).toEqual({ password, status: 400, body: commonMessage("password") });
    }
    expect((await callAuth(siteId, { action: "reset-password", token, password: "amber kettle orchard" })).status).toBe(200);
    expect((await callAuth(siteId, { action: "login", email, password: "amber kettle orchard" })).status).toBe(200);
  });
});
