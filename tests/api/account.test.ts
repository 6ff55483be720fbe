import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as accountRoute from "@/app/api/storefront/[siteId]/account/route";
import { db } from "@/lib/db";
import { customerProfileSchema } from "@/lib/customers/schemas";
import { callRoute } from "../support/api";
import { signUp as signUpOn } from "../support/customers";
import { createSite } from "../support/fixtures";

const signUp = () => signUpOn(siteId);

let siteId: number;
const account = (method: "GET" | "PATCH", token: string | undefined, body?: unknown, site = siteId) =>
  callRoute(accountRoute[method], `/api/storefront/${site}/account`, {
    params: { siteId: String(site) },
    method,
    body,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("GET and PATCH /account", () => {
  it("answer 401 without a valid Bearer token", async () => {
    for (const token of [undefined, "nope", randomUUID()]) {
      expect((await account("GET", token)).status).toBe(401);
      expect((await account("PATCH", token, { firstName: "X" })).status).toBe(401);
    }
  });

  it("reads the profile and changes only the supplied fields", async () => {
    const me = await signUp();
    const before = customerProfileSchema.strict().parse((await account("GET", me.token)).body.data);
    const patched = await account("PATCH", me.token, { firstName: "Ada", phone: "+1 555 0100", defaultShippingAddress: { city: "Portland", country: "US" } });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ ...before, firstName: "Ada", phone: "+1 555 0100", defaultShippingAddress: { city: "Portland", country: "US" } });
    const cleared = await account("PATCH", me.token, { defaultShippingAddress: null });
    expect(cleared.body.data).toMatchObject({ firstName: "Ada", defaultShippingAddress: null });
  });

  it("never writes id, email, counts, totals, site or password through mass assignment", async () => {
    const me = await signUp();
    const other = await createSite();
    const { status, body } = await account("PATCH", me.token, {
      id: 1,
      email: "attacker@example.com",
      orderCount: 99,
      totalSpent: 123_456,
      siteId: other.id,
      passwordHash: "x",
      emailVerified: true,
      lastName: "Lovelace",
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: me.id, email: me.email, orderCount: 0, totalSpent: 0, lastName: "Lovelace" });
    const row = await db().customer.findUniqueOrThrow({ where: { id: me.id }, omit: { passwordHash: false } });
    expect(row).toMatchObject({ siteId, email: me.email, emailVerified: false });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
  });

  it("replaces the address book, keeping one default of each kind, and validates addresses", async () => {
    const me = await signUp();
    const address = { line1: "1 Main St", city: "Portland", country: "us" };
    const { body } = await account("PATCH", me.token, {
      addressBook: [
        { ...address, label: "Home", isDefaultShipping: true, isDefaultBilling: true },
        { ...address, label: "Work", isDefaultShipping: true },
      ],
    });
    expect(body.data.addressBook.map((a: { label: string; isDefaultShipping: boolean; isDefaultBilling: boolean; country: string }) => [a.label, a.isDefaultShipping, a.isDefaultBilling, a.country])).toEqual([
      ["Home", true, true, "US"],
      ["Work", false, false, "US"],
    ]);
    const invalid = await account("PATCH", me.token, { addressBook: [{ line1: "x", city: "y", country: "USA" }] });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toBe("addressBook.0.country must be an ISO 3166-1 alpha-2 code");
  });

  it("shows each customer only their own profile, and nothing on another site", async () => {
    const a = await signUp();
    const b = await signUp();
    expect((await account("GET", a.token)).body.data.id).toBe(a.id);
    expect((await account("GET", b.token)).body.data.id).toBe(b.id);
    const elsewhere = await createSite();
    expect((await account("GET", a.token, undefined, elsewhere.id)).status).toBe(401);
    expect((await account("PATCH", a.token, { firstName: "Eve" }, elsewhere.id)).status).toBe(401);
    expect((await db().customer.findUniqueOrThrow({ where: { id: a.id } })).firstName).toBeNull();
  });
});
