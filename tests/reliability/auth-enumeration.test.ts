import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/customers/password";
import type { ApiResult } from "../support/api";
import { callAuth } from "../support/customers";
import { createSite } from "../support/fixtures";

// Promise: login and forgot-password answer a registered and an unknown email with the same status
// and body, and register (whose 409 the spec requires) takes as long for a taken email as for a new
// one: each pair's median latency is within 10% (or 1 ms). Calls alternate, and which goes first alternates
// per round, so drift in machine load falls on both sides alike.

const ROUNDS = 30;
const TOLERANCE = 0.1;
// Below this, a difference in medians is noise from the machine (other test files run beside this
// one), and far below what an observer across a network could tell apart: forgot-password answers
// in about 2 ms either way.
const NOISE_FLOOR_MS = 1;
// Each round hashes with scrypt; on a loaded machine a hash can take seconds.
const SLOW = 1_800_000;
let siteId: number;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Interleaved timings of two calls; answers both medians, their relative gap, and every result. */
async function compareLatency<T>(known: (round: number) => Promise<T>, unknown: (round: number) => Promise<T>, rounds = ROUNDS) {
  const times = { known: [] as number[], unknown: [] as number[] };
  const results = { known: [] as T[], unknown: [] as T[] };
  const timed = async (side: "known" | "unknown", round: number) => {
    const started = performance.now();
    results[side].push(await (side === "known" ? known : unknown)(round));
    times[side].push(performance.now() - started);
    // In-process there is no response to wait for: work the app does after answering (the reset
    // mail) runs at once, and must finish before the next timed call rather than slow it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? (["known", "unknown"] as const) : (["unknown", "known"] as const);
    for (const side of order) await timed(side, round);
  }
  const medians = { known: median(times.known), unknown: median(times.unknown) };
  const difference = Math.abs(medians.known - medians.unknown);
  const gap = difference <= NOISE_FLOOR_MS ? 0 : difference / Math.max(medians.known, medians.unknown);
  return { medians, gap, results };
}

const report = (what: string, { medians, gap }: { medians: { known: number; unknown: number }; gap: number }) =>
  console.info(`[enumeration] ${what}: known ${medians.known.toFixed(1)} ms, unknown ${medians.unknown.toFixed(1)} ms, gap ${(gap * 100).toFixed(1)}%`);
const answerOf = (r: ApiResult) => ({ status: r.status, text: r.text });
const uniqueEmail = () => `enum-${randomUUID()}@example.com`;

beforeAll(async () => {
  siteId = (await createSite()).id;
});

describe("the latency harness", () => {
  it("detects a path that skips the hashing for one side", { timeout: SLOW }, async () => {
    // A naive sign-up that answers a taken email before hashing: what registerCustomer did.
    const taken = await db().customer.create({ data: { siteId, email: uniqueEmail(), passwordHash: "x" } });
    const naiveRegister = async (email: string) => {
      if (await db().customer.findUnique({ where: { siteId_email: { siteId, email } } })) return 409;
      await hashPassword("a long enough secret");
      return 201;
    };
    const naive = await compareLatency(() => naiveRegister(taken.email), () => naiveRegister(uniqueEmail()), 10);
    report("naive register", naive);
    expect(naive.gap).toBeGreaterThan(TOLERANCE);

    // A naive sign-in that verifies nothing for an unknown email.
    const storedHash = await hashPassword("the real password");
    const naiveLogin = async (hash: string | null) => hash !== null && (await verifyPassword("a wrong guess", hash));
    const naiveLogins = await compareLatency(() => naiveLogin(storedHash), () => naiveLogin(null), 10);
    expect(naiveLogins.gap).toBeGreaterThan(TOLERANCE);
  });
});

describe("answers for a registered and an unknown email", () => {
  it("login: the same status and body, medians within 10%", { timeout: SLOW }, async () => {
    const email = uniqueEmail();
    expect((await callAuth(siteId, { action: "register", email, password: "the real password" })).status).toBe(201);
    const comparison = await compareLatency(
      () => callAuth(siteId, { action: "login", email, password: "a wrong guess" }),
      () => callAuth(siteId, { action: "login", email: uniqueEmail(), password: "a wrong guess" }),
    );
    report("login", comparison);
    const answers = [...comparison.results.known, ...comparison.results.unknown].map(answerOf);
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify(answerOf(comparison.results.known[0]))]));
    expect(answers[0].status).toBe(401);
    expect(comparison.gap).toBeLessThanOrEqual(TOLERANCE);
  });

  it("forgot-password: the same status and body, medians within 10%", { timeout: SLOW }, async () => {
    const email = uniqueEmail();
    expect((await callAuth(siteId, { action: "register", email, password: "the real password" })).status).toBe(201);
    // The registered side mails a link after its answer; alternating spreads that work over both sides.
    const comparison = await compareLatency(
      () => callAuth(siteId, { action: "forgot-password", email }),
      () => callAuth(siteId, { action: "forgot-password", email: uniqueEmail() }),
    );
    report("forgot-password", comparison);
    const answers = [...comparison.results.known, ...comparison.results.unknown].map(answerOf);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].status).toBe(200);
    expect(comparison.gap).toBeLessThanOrEqual(TOLERANCE);
  });

  it("register: 409 for a taken email and 201 for a new one, medians within 10%", { timeout: SLOW }, async () => {
    const taken = await Promise.all(Array.from({ length: ROUNDS }, () => db().customer.create({ data: { siteId, email: uniqueEmail(), passwordHash: "x" } })));
    const comparison = await compareLatency(
      (round) => callAuth(siteId, { action: "register", email: taken[round].email, password: "a long enough secret" }),
      () => callAuth(siteId, { action: "register", email: uniqueEmail(), password: "a long enough secret" }),
    );
    report("register", comparison);
    expect(new Set(comparison.results.known.map((r) => r.text))).toEqual(new Set([JSON.stringify({ success: false, message: "An account with this email already exists", errorCode: "conflict" })]));
    expect(comparison.results.known.map((r) => r.status)).toEqual(Array(ROUNDS).fill(409));
    expect(comparison.results.unknown.map((r) => r.status)).toEqual(Array(ROUNDS).fill(201));
    expect(comparison.gap).toBeLessThanOrEqual(TOLERANCE);
  });
});
