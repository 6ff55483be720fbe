import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDemo } from "@/prisma/seed/seed-demo";

export type TestDatabase = { url: string; kind: "embedded" | "postgres"; stop: () => Promise<void> };

export const TEST_ORIGIN = "http://localhost:3000";

/**
 * A migrated, demo-seeded database of the run's own: an in-memory embedded PostgreSQL, or, when
 * TEST_DATABASE_URL names a real server, a fresh database on it that is dropped afterwards.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const database = process.env.TEST_DATABASE_URL ? await createFreshDatabase(process.env.TEST_DATABASE_URL) : await startEmbedded();
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, 2);
  await seedDemo(prisma, { origin: TEST_ORIGIN });
  await prisma.$disconnect();
  return database;
}

async function startEmbedded(): Promise<TestDatabase> {
  const server = await startEmbeddedPostgres({ dataDir: null });
  return { url: server.url, kind: "embedded", stop: server.stop };
}

export async function createFreshDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `storefront_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgres",
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
