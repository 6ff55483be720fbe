import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type LoggedQuery = { query: string; params: string };

/**
 * Makes the app's database client (lib/db reads globalThis.storefrontDb) one that records every
 * statement it sends, so a test can count them or ask the planner about them. Call at the top of
 * a describe, before the app's first query; disconnect the client in afterAll.
 */
export function installQueryLoggingDb() {
  const logged: LoggedQuery[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (event) => logged.push({ query: event.query, params: event.params }));
  (globalThis as { storefrontDb?: unknown }).storefrontDb = prisma;
  return { prisma, logged };
}
