// Builds and serves the production app for the Playwright run on a database of its own: a fresh
// database on TEST_DATABASE_URL when set, else the embedded one in a new temporary directory.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO: "auto" };
let cleanup = async () => {};
if (process.env.TEST_DATABASE_URL) {
  const { createFreshDatabase } = await import("@/tests/support/test-database");
  const database = await createFreshDatabase(process.env.TEST_DATABASE_URL);
  env.DATABASE_URL = database.url;
  cleanup = database.stop;
} else {
  delete env.DATABASE_URL;
  env.DATA_DIR = mkdtempSync(join(tmpdir(), "storefront-e2e-"));
}

// Always test the code as it is now: rebuild unless the caller has just built it (CI does).
if (process.env.E2E_REUSE_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn("npx", ["tsx", "scripts/serve.ts", "start"], { stdio: "inherit", env });
const stop = async () => {
  server.kill("SIGTERM");
  await cleanup().catch(() => {});
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => cleanup().finally(() => process.exit(code ?? 0)));
