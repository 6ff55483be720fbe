import { beforeAll, describe, expect, it } from "vitest";
import { POST as authRoute } from "@/app/api/storefront/[siteId]/auth/route";
import { db } from "@/lib/db";
import { tokenDigest } from "@/lib/security/tokens";
import { callRoute } from "../support/api";
import { createSite } from "../support/fixtures";
import { signUp } from "../support/customers";
import { mailedToken } from "../support/mailed-token";

// Promise: an e-mail verification link works once: of 20 parallel redemptions of one token on
// PostgreSQL exactly one succeeds, and the customer ends verified.

const PARALLEL = 20;
const ROUNDS = 5;
let siteId: number;

beforeAll(async () => {
  siteId = (await createSite()).id;
});

/** A new customer and the token from their registration e-mail. */
async function freshToken() {
  const customer = await signUp(siteId);
  return { customer, token: await mailedToken(customer.email, "verify-email") };
}

/** Redeems one token PARALLEL times at once; answers how many redemptions succeeded. */
async function race(redeem: (token: string) => Promise<boolean>, token: string) {
  const outcomes = await Promise.all(Array.from({ length: PARALLEL }, () => redeem(token)));
  return outcomes.filter(Boolean).length;
}

describe("POST /auth verify-email under 20 parallel redemptions", () => {
  it("catches a naive read-then-spend redemption (the harness can fail)", async () => {
    // Looks the token up, and if it is still unused marks it used and verifies the customer.
    const naive = async (token: string) => {
      const row = await db().emailVerificationToken.findFirst({ where: { tokenHash: tokenDigest(token), usedAt: null, expiresAt: { gt: new Date() } } });
      if (!row) return false;
      await db().emailVerificationToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
      await db().customer.update({ where: { id: row.customerId }, data: { emailVerified: true } });
      return true;
    };
    const successes = await race(naive, (await freshToken()).token);
    expect(successes).toBeGreaterThan(1);
  });

  it("lets exactly one redemption succeed, round after round", async () => {
    const viaApi = async (token: string) => {
      const { status } = await callRoute(authRoute, `/api/storefront/${siteId}/auth`, { params: { siteId: String(siteId) }, method: "POST", body: { action: "verify-email", token } });
      expect([200, 404]).toContain(status);
      return status === 200;
    };
    for (let round = 0; round < ROUNDS; round++) {
      const { customer, token } = await freshToken();
      expect(await race(viaApi, token)).toBe(1);
      expect(await db().customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({ emailVerified: true });
      expect(await db().emailVerificationToken.count({ where: { customerId: customer.id, usedAt: { not: null } } })).toBe(1);
    }
  });
});
