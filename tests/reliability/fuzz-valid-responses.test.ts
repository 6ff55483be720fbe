import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { errorEnvelopeSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { signUp } from "../support/customers";
import { inputJsonSchema, validArbitrary } from "../support/schema-fuzz";
import { documentedOperations, type DocumentedOperation } from "../support/storefront-routes";
import { createStorefrontWorld, sendTo, type StorefrontWorld } from "../support/storefront-world";

// Valid generated requests (issue 7): every answer to a request its schema accepts matches the
// response schema the OpenAPI description documents for its status, and carries no password
// hash, token digest, API key or another customer's data.

const RUNS_PER_OPERATION = 12;
let world: StorefrontWorld;
let stranger: { email: string; id: number };

beforeAll(async () => {
  world = await createStorefrontWorld();
  stranger = await signUp(world.siteId);
  await db().address.create({ data: { customerId: stranger.id, line1: "9 Stranger Rd", city: "Elsewhere", country: "US" } });
}, 60_000);
afterAll(() => world.close());

/** Everything no answer may contain, read from the database after the run's writes. */
async function secretsAfterRun(): Promise<string[]> {
  const customers = await db().customer.findMany({ where: { siteId: world.siteId }, omit: { passwordHash: false } });
  const sessions = await db().customerSession.findMany({ select: { tokenHash: true } });
  return [...world.secrets, stranger.email, "9 Stranger Rd", ...customers.map((c) => c.passwordHash), ...sessions.map((s) => s.tokenHash)];
}

/** Body fields pinned to the world's rows, so valid requests reach the domain rather than a not-found. */
const pinned = (): Record<string, unknown> => ({
  productId: world.productId,
  sessionId: world.cartSessionId,
  orderItemId: world.orderItemId,
  designId: Number(world.params.designId),
  code: "TENOFF",
  variantId: null,
  customerEmail: "guest@example.com",
  email: `valid-${Math.random().toString(36).slice(2)}@example.com`,
});

function validBody(schema: z.ZodType): fc.Arbitrary<unknown> {
  return validArbitrary(inputJsonSchema(schema))
    .map((value) => {
      if (!value || typeof value !== "object" || Array.isArray(value)) return value;
      const withPins = { ...value } as Record<string, unknown>;
      for (const [key, pin] of Object.entries(pinned())) if (key in withPins) withPins[key] = pin;
      return schema.safeParse(withPins).success ? withPins : value;
    })
    .filter((value) => schema.safeParse(value).success);
}

function validQuery(schema: z.ZodType): fc.Arbitrary<[string, string][]> {
  return validArbitrary(inputJsonSchema(schema))
    .map((value) => Object.entries(value as Record<string, unknown>).map(([k, v]): [string, string] => [k, k === "sessionId" && schema === cartQuery ? world.cartSessionId : String(v)]))
    .filter((pairs) => schema.safeParse(Object.fromEntries(pairs)).success);
}
const cartQuery = documentedOperations().find((o) => o.name === "GET /api/storefront/{siteId}/cart")?.query;

// Reads first, then writes, deletes last: a delete must not take away what a later read needs.
const order = { GET: 0, POST: 1, PUT: 1, PATCH: 1, DELETE: 2 };
const operations = documentedOperations()
  .filter((o) => !o.multipart && !o.name.includes("/webhooks/"))
  .sort((a, b) => order[a.method] - order[b.method]);
const seen: string[] = [];
const successes = new Map<string, number>();

describe("valid generated requests", () => {
  it.each(operations.map((o) => [o.name, o] as const))("%s: answers match the documented schema", async (name, operation: DocumentedOperation) => {
    const request = fc.record({
      query: operation.query ? validQuery(operation.query) : fc.constant([] as [string, string][]),
      body: operation.body ? validBody(operation.body) : fc.constant(undefined),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ query, body }) => {
        const result = await sendTo(operation, {
          siteId: world.siteId,
          token: name.endsWith("/auth") ? undefined : world.customer.token,
          params: Object.fromEntries(operation.route.params.map((p) => [p, world.params[p]])),
          query,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        expect(result.status, result.text.slice(0, 300)).toBeLessThan(500);
        expect(operation.responses.has(result.status), `${result.status} is undocumented: ${result.text.slice(0, 200)}`).toBe(true);
        const documented = operation.responses.get(result.status);
        if (result.status >= 400) errorEnvelopeSchema.strict().parse(result.body);
        else if (documented) {
          const parsed = documented.safeParse(result.body);
          expect(parsed.success, `${result.text.slice(0, 300)}\n${parsed.error?.message.slice(0, 500)}`).toBe(true);
          successes.set(name, (successes.get(name) ?? 0) + 1);
        }
        seen.push(result.text);
      }),
      { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
    );
  });

  it("no answer carried a password hash, token digest, API key or another customer's data", async () => {
    expect(seen.length).toBeGreaterThanOrEqual(operations.length * RUNS_PER_OPERATION);
    for (const secret of await secretsAfterRun()) {
      const leak = seen.find((text) => text.includes(secret));
      expect(leak, `leaked ${secret.slice(0, 12)}…`).toBeUndefined();
    }
    for (const text of seen) expect(text).not.toMatch(/\$argon2id\$|scrypt\$\d|sk_(test|live)_|whsec_/);
    console.log(`documented 2xx answers per operation: ${JSON.stringify(Object.fromEntries(successes))}`);
  });
});
