// A second shop server for the checkout spec's Stripe-mode test: the built app on a database of
// its own (migrated, demo-seeded) whose site 1 has Stripe keys, talking to the fake Stripe API on
// loopback. The browser never reaches Stripe either: the spec blocks js.stripe.com.
// Usage: tsx e2e/support/stripe-shop-server.ts <port>; stops on SIGTERM. Its first line of output
// names the fake Stripe's URL.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { createPrismaClient } from "@/lib/db/client";
import { startTestDatabase } from "@/tests/support/test-database";
import { startFakeStripe } from "@/tests/support/fake-stripe";

const port = process.argv[2];
if (!port) throw new Error("usage: stripe-shop-server.ts <port>");

const stripe = await startFakeStripe();
// A browser test may move the fake along itself (tests/support/fake-stripe.ts).
console.log(`fake Stripe on ${stripe.url}`);
const database = await startTestDatabase();
const prisma = createPrismaClient(database.url, 1);
await prisma.store.update({ where: { siteId: 1 }, data: { stripeSecretKey: "sk_test_e2e", stripePublishableKey: "pk_test_e2e", stripeWebhookSecret: "whsec_e2e" } });
await prisma.$disconnect();

const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");
const server = spawn(process.execPath, [nextCli, "start", "--port", port], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, STRIPE_API_URL: stripe.url, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" },
});

async function stop() {
  server.kill("SIGTERM");
  await Promise.allSettled([database.stop(), stripe.close()]);
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", () => void stop());
