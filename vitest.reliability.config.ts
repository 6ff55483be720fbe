import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config";

// The reliability and security suite (issue 7): attacks, races, faults and fuzzing. It runs on a
// real PostgreSQL server (TEST_DATABASE_URL, the local one by default), since concurrency and
// durability are properties of the server, not of the single-connection embedded database.
process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/reliability/**/*.test.ts"],
    exclude: configDefaults.exclude,
    testTimeout: 120_000,
  },
});
