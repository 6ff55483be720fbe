import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorEnvelopeSchema } from "@/lib/api/schemas";
import type { ApiResult } from "../support/api";
import { fuzzedBodies, fuzzedStringRecord, inputJsonSchema, POLLUTION_MARK, smuggledBodies, type FuzzedBody, type JsonSchema } from "../support/schema-fuzz";
import { documentedOperations, type DocumentedOperation } from "../support/storefront-routes";
import { createStorefrontWorld, sendTo, type StorefrontWorld } from "../support/storefront-world";

// Bad input (issue 7): every documented operation gets 1,000 generated hostile requests, derived
// from its own zod schemas. None may answer 5xx, leave the error envelope, leak internals, or
// pollute Object.prototype.

const RUNS_PER_OPERATION = 1000;
const SMUGGLED_RUNS = 80;
// Requests in flight at once: fewer than the database pool's connections, so what is measured is
// input handling, not this harness queueing transactions past their timeout on a busy machine.
const BATCH = 8;
const FUZZ_TIMEOUT_MS = 20 * 60_000;
const operations = documentedOperations();

// Internals that must never reach a client: stack frames, source paths, ORM error text.
const INTERNALS = /\bat \S+ \(|node_modules|\/work\/|\.tsx?:\d+|\bstack\b|Prisma|invalid `|Unique constraint|violates/i;

let world: StorefrontWorld;
beforeAll(async () => {
  world = await createStorefrontWorld();
}, 60_000);
afterAll(() => world.close());

type FuzzedRequest = { params: [string, string][]; query: [string, string][]; body: FuzzedBody | null };

const takesBody = (operation: DocumentedOperation) => operation.method !== "GET" && !(operation.method === "DELETE" && !operation.body);

/** Requests for one operation: hostile query, body and path segments (the path kept valid most of the time, so the rest is validated). */
function fuzzedRequests(operation: DocumentedOperation, bodies: (schema: JsonSchema) => fc.Arbitrary<FuzzedBody> = fuzzedBodies): fc.Arbitrary<FuzzedRequest> {
  const paramNames = operation.route.params;
  const validParams = () => paramNames.map((name): [string, string] => [name, world.params[name]]);
  const fuzzedParams = fuzzedStringRecord(operation.params ? inputJsonSchema(operation.params) : null);
  const params = !paramNames.length
    ? fc.constant(null)
    : operation.query || operation.body
      ? fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fuzzedParams })
      : fuzzedParams;
  const query = fuzzedStringRecord(operation.query ? inputJsonSchema(operation.query) : null);
  const body = takesBody(operation) ? bodies(operation.body ? inputJsonSchema(operation.body) : { type: "object" }) : fc.constant(null);
  return fc.record({ params, query, body }).map((r) => ({
    // A fuzzed segment list may omit a name; the route still gets every one of its segments.
    params: validParams().map(([name, value]) => [name, r.params?.find(([n]) => n === name)?.[1] ?? value] as [string, string]),
    query: r.query,
    body: r.body,
  }));
}

/** Whether the operation's own schemas refuse this query or body (a multipart operation gets no valid form here). */
function refusedBySchema(operation: DocumentedOperation, request: FuzzedRequest): boolean {
  if (operation.multipart) return true;
  if (operation.query) {
    const raw: Record<string, string> = {};
    for (const [key, value] of request.query) if (key !== "__proto__") raw[key] ??= value;
    if (!operation.query.safeParse(raw).success) return true;
  }
  if (operation.body && request.body) {
    let json: unknown;
    try {
      json = request.body.rawBody.trim() === "" ? {} : JSON.parse(request.body.rawBody);
    } catch {
      return true;
    }
    if (!operation.body.safeParse(json).success) return true;
  }
  return false;
}

function send(operation: DocumentedOperation, request: FuzzedRequest): Promise<ApiResult> {
  return sendTo(operation, {
    siteId: operation.name.includes("/webhooks/") ? world.webhookSiteId : world.siteId,
    // Signing out would end the session every other request relies on to reach validation.
    token: operation.name.endsWith("/auth") ? undefined : world.customer.token,
    params: Object.fromEntries(request.params),
    query: request.query,
    body: request.body?.rawBody,
    contentType: request.body?.contentType,
  });
}

function expectSafeAnswer(result: ApiResult) {
  expect(result.status, result.text.slice(0, 300)).toBeLessThan(500);
  if (result.status >= 400) errorEnvelopeSchema.strict().parse(result.body);
  else if (result.status !== 302) expect(result.body).toMatchObject({ success: true });
  expect(result.text).not.toMatch(INTERNALS);
}

/** Runs requests BATCH at a time (the database, not the handler, is the wait), asserting each answer. */
async function fuzz(operation: DocumentedOperation, requests: fc.Arbitrary<FuzzedRequest>, total: number, check: (request: FuzzedRequest, result: ApiResult) => void) {
  await fc.assert(
    fc.asyncProperty(fc.array(requests, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const results = await Promise.all(batch.map((request) => send(operation, request)));
      batch.forEach((request, i) => check(request, results[i]));
    }),
    { numRuns: total / BATCH, endOnFailure: true },
  );
}

/** Status counts per operation, printed at the end for the record. */
const tally = new Map<string, Map<number, number>>();
const count = (name: string, status: number) => {
  const statuses = tally.get(name) ?? tally.set(name, new Map()).get(name)!;
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
};

describe("every Storefront API operation", () => {
  it.each(operations.map((o) => [o.name, o] as const))("%s: 1,000 invalid requests, no 5xx, always the envelope, no internals", async (name, operation) => {
    const hasSchema = !!(operation.query || operation.body || operation.multipart);
    // Where the operation has a query or body, every request is one its own schema refuses.
    const requests = hasSchema ? fuzzedRequests(operation).filter((request) => refusedBySchema(operation, request)) : fuzzedRequests(operation);
    await fuzz(operation, requests, RUNS_PER_OPERATION, (request, result) => {
      count(name, result.status);
      expectSafeAnswer(result);
      if (hasSchema) expect(result.status, `${JSON.stringify(request).slice(0, 300)} → ${result.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    });
  }, FUZZ_TIMEOUT_MS);

  it.each(operations.filter((o) => o.body).map((o) => [o.name, o] as const))("%s: valid bodies smuggling prototype keys, unknown fields and duplicate keys answer safely", async (name, operation) => {
    await fuzz(operation, fuzzedRequests(operation, smuggledBodies), SMUGGLED_RUNS, (_, result) => expectSafeAnswer(result));
  }, FUZZ_TIMEOUT_MS);
});

it("leaves Object.prototype unpolluted after every fuzzed request", () => {
  expect(({} as Record<string, unknown>)[POLLUTION_MARK]).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty(POLLUTION_MARK);
  console.log([...tally].map(([name, statuses]) => `${name}: ${JSON.stringify(Object.fromEntries(statuses))}`).join("\n"));
});
