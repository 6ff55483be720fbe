// npm start / npm run dev – opens the database (the embedded one unless DATABASE_URL is set),
// applies pending migrations, seeds the demo sites into an empty database, then runs Next.js
// with DATABASE_URL pointing at it. `npm start` builds first when no production build exists.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { env } from "@/lib/env";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { openDatabase } from "@/lib/db/open-database";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { productionNodeOptions } from "./server-memory";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

const database = await openDatabase();
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

if (env.SEED_DEMO === "auto") {
  const prisma = createPrismaClient(database.url, 2);
  const origin = env.APP_URL ?? `http://localhost:${env.PORT}`;
  if (await seedDemo(prisma, { origin })) console.log("Seeded the demo sites (an empty database was found).");
  await prisma.$disconnect();
}

if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  console.log("No production build found: running `next build` first.");
  const build = spawnSync(process.execPath, [nextCli, "build"], { stdio: "inherit" });
  if (build.status !== 0) {
    await database.close();
    process.exit(build.status ?? 1);
  }
}

const server = spawn(process.execPath, [nextCli, mode, "--port", String(env.PORT)], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: env.AUTH_SECRET ?? localAuthSecret(),
    // Each shop answers on its own host name, so next-auth takes its origin from the request.
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    ...(mode === "start" ? { NODE_OPTIONS: productionNodeOptions() } : {}),
  },
});

/** A secret for the shop's sign-in cookie, made once and kept beside the embedded database. */
function localAuthSecret(): string {
  const file = join(env.DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(env.DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.close();
  process.exit(code);
}
server.on("exit", (code) => void stop(code ?? 0));
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
