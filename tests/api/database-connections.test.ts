import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { captureStartupContext } from "@/lib/db/outside-requests";
import { collected, runAsRequest } from "../support/collect-garbage";

// The server captures its start-up context in instrumentation.ts; this file's top level stands in.
captureStartupContext();

describe("pooled database connections", () => {
  it("do not keep the request that opened them alive", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL!, 2);
    try {
      // Prisma's first-use work, and one pooled connection, outside any request.
      await prisma.$queryRaw`SELECT 1`;
      // Two queries at once: the pool opens its second connection for this request.
      const state = await runAsRequest(() => Promise.all([prisma.$queryRaw`SELECT 1`, prisma.$queryRaw`SELECT 1`]));
      expect(await collected(state)).toBe(true);
    } finally {
      await prisma.$disconnect();
    }
  });
});
