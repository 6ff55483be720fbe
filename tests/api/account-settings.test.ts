import { beforeAll, describe, expect, it } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import * as addressesRoute from "@/app/api/storefront/[siteId]/account/addresses/route";
import * as addressRoute from "@/app/api/storefront/[siteId]/account/addresses/[addressId]/route";
import * as notificationsRoute from "@/app/api/storefront/[siteId]/account/notifications/route";
import * as passwordRoute from "@/app/api/storefront/[siteId]/account/password/route";
import { savedAddressSchema } from "@/lib/customers/schemas";
import { callRoute } from "../support/api";
import { bearer, signUp } from "../support/customers";
import { createSite } from "../support/fixtures";

let siteId: number;
type Handler = Parameters<typeof callRoute>[0];
const call = (handler: Handler, method: string, token: string | undefined, body?: unknown, params: Record<string, string> = {}) =>
  callRoute(handler, `/api/storefront/${siteId}/account/x`, { params: { siteId: String(siteId), ...params }, method, body, headers: bearer(token) });
const home = { label: "Home", line1: "1 Main St", city: "Portland", state: "OR", postalCode: "97201", country: "US" };

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("the address book", () => {
  it("adds, lists, reads, changes and removes addresses, keeping one default of each kind", async () => {
    const me = await signUp(siteId);
    const first = await call(addressesRoute.POST, "POST", me.token, { ...home, isDefaultShipping: true, isDefaultBilling: true });
    expect(first.status).toBe(201);
    expect(savedAddressSchema.strict().parse(first.body.data)).toMatchObject({ label: "Home", isDefaultShipping: true, isDefaultBilling: true });
    const work = await call(addressesRoute.POST, "POST", me.token, { ...home, label: "Work", isDefaultShipping: true });
    const list = async () => (await call(addressesRoute.GET, "GET", me.token)).body.data.map((a: { label: string; isDefaultShipping: boolean; isDefaultBilling: boolean }) => [a.label, a.isDefaultShipping, a.isDefaultBilling]);
    expect(await list()).toEqual([["Home", false, true], ["Work", true, false]]);

    const id = String(first.body.data.id);
    await call(addressRoute.PATCH, "PATCH", me.token, { isDefaultShipping: true, city: "Salem" }, { addressId: id });
    expect(await list()).toEqual([["Home", true, true], ["Work", false, false]]);
    expect((await call(addressRoute.GET, "GET", me.token, undefined, { addressId: id })).body.data.city).toBe("Salem");
    expect((await call(addressRoute.DELETE, "DELETE", me.token, undefined, { addressId: String(work.body.data.id) })).body.data).toEqual({ deleted: true });
    expect(await list()).toEqual([["Home", true, true]]);
  });

  it("keeps each customer's addresses to themselves and validates input", async () => {
    const alice = await signUp(siteId);
    const bob = await signUp(siteId);
    const mine = await call(addressesRoute.POST, "POST", alice.token, home);
    const id = String(mine.body.data.id);
    for (const [handler, method] of [[addressRoute.GET, "GET"], [addressRoute.PATCH, "PATCH"], [addressRoute.DELETE, "DELETE"]] as const) {
      const answer = await call(handler, method, bob.token, method === "PATCH" ? { city: "X" } : undefined, { addressId: id });
      expect(answer.status).toBe(404);
      expect(answer.body.message).toBe("Address not found");
    }
    expect((await call(addressRoute.GET, "GET", alice.token, undefined, { addressId: id })).body.data.city).toBe("Portland");
    expect((await call(addressesRoute.POST, "POST", alice.token, { city: "x", country: "US" })).body.message).toBe("line1 is required");
    expect((await call(addressesRoute.GET, "GET", undefined)).status).toBe(401);
  });
});

describe("POST /account/password", () => {
  it("needs the current password and ends every other session, keeping this one", async () => {
    const me = await signUp(siteId);
    const other = await callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params: { siteId: String(siteId) }, method: "POST", body: { action: "login", email: me.email, password: "long enough secret" } });
    const wrong = await call(passwordRoute.POST, "POST", me.token, { currentPassword: "not it", newPassword: "a new long secret" });
    expect(wrong.status).toBe(403);
    expect((await call(passwordRoute.POST, "POST", me.token, { currentPassword: "long enough secret", newPassword: "short" })).status).toBe(400);
    const changed = await call(passwordRoute.POST, "POST", me.token, { currentPassword: "long enough secret", newPassword: "a new long secret" });
    expect(changed.body.data).toEqual({ changed: true });
    expect((await call(notificationsRoute.GET, "GET", me.token)).status).toBe(200);
    expect((await call(notificationsRoute.GET, "GET", other.body.data.token)).status).toBe(401);
  });
});

describe("notification preferences", () => {
  it("start with transactional e-mail only and change channel by channel", async () => {
    const me = await signUp(siteId);
    expect((await call(notificationsRoute.GET, "GET", me.token)).body.data).toEqual({
      transactional: { email: true, sms: false },
      promotional: { email: false, sms: false },
      newsletter: { email: false, sms: false },
    });
    const updated = await call(notificationsRoute.PATCH, "PATCH", me.token, { newsletter: { email: true }, transactional: { sms: true } });
    expect(updated.body.data).toEqual({
      transactional: { email: true, sms: true },
      promotional: { email: false, sms: false },
      newsletter: { email: true, sms: false },
    });
    expect((await call(notificationsRoute.GET, "GET", me.token)).body.data).toEqual(updated.body.data);
    expect((await call(notificationsRoute.PATCH, "PATCH", me.token, { newsletter: { email: "yes" } })).status).toBe(400);
  });
});
