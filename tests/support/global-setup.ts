import type { TestProject } from "vitest/node";
import { startTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "embedded" | "postgres";
  }
}

export default async function setup(project: TestProject) {
  const database = await startTestDatabase();
  console.log(`Tests run on ${database.kind === "embedded" ? "the embedded PostgreSQL (PGlite)" : "a fresh database on TEST_DATABASE_URL"}`);
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return () => database.stop();
}
