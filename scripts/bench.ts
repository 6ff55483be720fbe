// npm run bench [-- --products 100000 --duration 20 --connections 10] [-- --quick]
// --quick (CI): 100 products, 1 s per endpoint, 2 connections, the build reused when there is
// one; proves the harness and every endpoint work, writes no results file.
// Starts the production build on a fresh PostgreSQL database (TEST_DATABASE_URL or DATABASE_URL
// names the server; default the local one) grown to the chosen catalogue size, with Stripe faked
// on loopback, and measures each endpoint with autocannon: requests/s, latency p50/p97.5/p99,
// errors and the server's peak resident memory. Two ceilings run in the same session: the app's
// trivial route (/api/ping) and a bare Node HTTP server answering the product list from memory.
// Prints the table and writes it to bench/results.md.
import { spawn, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Stripe from "stripe";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { startFakeStripe } from "@/tests/support/fake-stripe";
import { createFreshDatabase } from "@/tests/support/test-database";
import { createBenchCarts, seedBenchCatalogue } from "./bench/seed-catalogue";
import { peakResidentMemory } from "./bench/process-memory";
import { productionNodeOptions } from "./server-memory";

const { values: args } = parseArgs({
  options: {
    products: { type: "string", default: "1000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3400" },
    only: { type: "string" },
    quick: { type: "boolean", default: false },
  },
});
const QUICK = args.quick;
const PRODUCTS = QUICK ? 100 : Number(args.products);
const DURATION = QUICK ? 1 : Number(args.duration);
const CONNECTIONS = QUICK ? 2 : Number(args.connections);
const PORT = Number(args.port);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE = 1;
const API = `/api/storefront/${SITE}`;
const WEBHOOK_SECRET = "whsec_bench";
const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

type Row = { name: string; rps: number; p50: number; p975: number; p99: number; errors: number; peakMb: number };
type Target = { name: string; ceiling?: boolean; warm?: () => Promise<unknown>; run: () => Promise<autocannon.Result> };

const cannon = (path: string, extra: Partial<autocannon.Options> = {}) =>
  autocannon({ url: `${ORIGIN}${path}`, connections: CONNECTIONS, duration: DURATION, ...extra });
const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];
/** Asks for each bench product once, at `pathOf` its slug: what a steady state of cached reads starts from. */
const warmEach = (pathOf: (slug: string) => string) => {
  let next = 0;
  return autocannon({ url: ORIGIN, connections: CONNECTIONS, amount: slugs.length, requests: [{ setupRequest: (r) => ({ ...r, path: pathOf(slugs[next++ % slugs.length]) }) }] });
};

console.log(`Bench: ${PRODUCTS} products, ${CONNECTIONS} connections, ${DURATION} s each, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB`);

// The database: fresh, migrated, the demo shop grown to the catalogue size, Stripe keys pointing at the fake.
const database = await createFreshDatabase(serverUrl);
await applyMigrations(database.url);
const prisma = createPrismaClient(database.url, 2);
await seedDemo(prisma, { origin: ORIGIN });
const seedMs = await seedBenchCatalogue(database.url, SITE, PRODUCTS);
console.log(`Seeded ${PRODUCTS} products in ${(seedMs / 1000).toFixed(1)} s`);
await prisma.store.update({
  where: { siteId: SITE },
  data: { stripeSecretKey: "sk_test_bench", stripePublishableKey: "pk_test_bench", stripeWebhookSecret: WEBHOOK_SECRET },
});
const slugs = (await prisma.product.findMany({ where: { siteId: SITE, status: "active" }, select: { slug: true }, take: 500 })).map((p) => p.slug);
const simple = await prisma.product.findFirstOrThrow({ where: { siteId: SITE, slug: { startsWith: "bench-item-" } }, select: { id: true } });
const leafCategory = await prisma.category.findFirstOrThrow({ where: { siteId: SITE, slug: "t-shirts" }, select: { slug: true } });
await prisma.$disconnect();

const stripe = await startFakeStripe();
if (!existsSync(".next/BUILD_ID") || (process.env.BENCH_REUSE_BUILD !== "1" && !QUICK)) {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Node runs next's CLI itself, so the memory measured is the server's, not npx's too; with the
// heap limits `npm start` gives it.
const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");
// "localhost", which binds loopback like 127.0.0.1: Next.js hands proxy.ts a request URL on
// "localhost" whatever the address, and under --hostname 127.0.0.1 took proxy.ts's rewrites of shop
// pages for another origin and proxied each page over HTTP to itself, which no deployment does
// (npm start and Vercel give no hostname).
const server = spawn(process.execPath, [nextCli, "start", "--port", String(PORT), "--hostname", "localhost"], {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NODE_OPTIONS: productionNodeOptions(), NODE_ENV: "production", DATABASE_URL: database.url, STRIPE_API_URL: stripe.url, AUTH_SECRET: "bench-secret-bench-secret-bench-secret", PORT: String(PORT) },
  detached: true,
});

async function waitForServer(deadline = Date.now() + 120_000) {
  while (Date.now() < deadline) {
    if (await fetch(`${ORIGIN}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("The app did not start");
}

// The bare ceiling: Node's http answering the same product-list JSON from memory.
async function bareServer(body: string) {
  const bare = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(body);
  });
  await new Promise<void>((resolve) => bare.listen(PORT + 1, "127.0.0.1", resolve));
  return bare;
}

function signedEvent(intent: { id: string; amount: number; currency: string; metadata: Record<string, string> } | undefined) {
  const payload = JSON.stringify({
    id: `evt_${randomUUID().replace(/-/g, "")}`,
    object: "event",
    type: "payment_intent.succeeded",
    created: Math.floor(Date.now() / 1000),
    data: { object: { object: "payment_intent", status: "succeeded", ...(intent ?? { id: "pi_missing", amount: 0, currency: "usd", metadata: {} }) } },
  });
  return { payload, signature: Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
}

const rows: Row[] = [];
let failed = false;
try {
  await waitForServer();
  const listBody = await (await fetch(`${ORIGIN}${API}/products?limit=24`)).text();
  const bare = await bareServer(listBody);
  const cartSessions = await createBenchCarts(database.url, SITE, simple.id, 200, "bench-read-");
  // Enough fresh carts for the checkout run at any speed the machine reaches.
  const checkoutSessions = await createBenchCarts(database.url, SITE, simple.id, 40 * DURATION * 25, "bench-checkout-");
  const json = { "content-type": "application/json" };

  const targets: Target[] = [
    { name: "Ceiling: bare Node HTTP (same JSON)", ceiling: true, run: () => autocannon({ url: `http://127.0.0.1:${PORT + 1}/`, connections: CONNECTIONS, duration: DURATION }) },
    { name: "Ceiling: trivial route (/api/ping)", ceiling: true, run: () => cannon("/api/ping") },
    { name: "GET /products (24, default sort)", run: () => cannon(`${API}/products?limit=24`) },
    { name: "GET /products?search=", run: () => cannon(`${API}/products?limit=24&search=item%2042`) },
    { name: "GET /products?category=", run: () => cannon(`${API}/products?limit=24&category=${leafCategory.slug}`) },
    {
      name: "GET /products/{slug}",
      // The steady state of a cached read, as for product pages: each product asked for once beforehand.
      warm: () => warmEach((slug) => `${API}/products/${slug}`),
      run: () => cannon(`${API}/products/x`, { requests: [{ setupRequest: (r) => ({ ...r, path: `${API}/products/${pick(slugs)}` }) }] }),
    },
    { name: "GET /categories", run: () => cannon(`${API}/categories`) },
    {
      name: "POST /cart (add an item)",
      run: () =>
        cannon(`${API}/cart`, {
          method: "POST",
          headers: json,
          requests: [{ setupRequest: (r) => ({ ...r, body: JSON.stringify({ sessionId: `bench-add-${randomUUID()}`, productId: simple.id, quantity: 1 }) }) }],
        }),
    },
    { name: "GET /cart", run: () => cannon(`${API}/cart`, { requests: [{ setupRequest: (r) => ({ ...r, path: `${API}/cart?sessionId=${pick(cartSessions)}` }) }] }) },
    {
      name: "POST /checkout (Stripe faked)",
      run: () => {
        let next = 0;
        return cannon(`${API}/checkout`, {
          method: "POST",
          headers: json,
          requests: [
            {
              setupRequest: (r) => ({
                ...r,
                body: JSON.stringify({
                  sessionId: checkoutSessions[next++ % checkoutSessions.length],
                  customerEmail: "bench@example.com",
                  customerName: "Bench Shopper",
                  shippingAddress: { line1: "1 Main St", city: "Portland", state: "OR", postalCode: "97201", country: "US" },
                }),
              }),
            },
          ],
        });
      },
    },
    {
      name: "POST /webhooks/stripe (payment succeeded)",
      run: () => {
        const intents = [...stripe.intents.values()];
        let next = 0;
        return cannon(`${API}/webhooks/stripe`, {
          method: "POST",
          requests: [
            {
              setupRequest: (r) => {
                const intent = intents[next++ % Math.max(intents.length, 1)];
                const { payload, signature } = signedEvent(intent && { id: intent.id, amount: intent.amount, currency: intent.currency, metadata: intent.metadata });
                return { ...r, body: payload, headers: { ...json, "stripe-signature": signature } };
              },
            },
          ],
        });
      },
    },
    {
      name: "Page: product (HTML)",
      // Product pages are rendered once each and then served from the page cache until their site
      // changes: the steady state is measured, with every page asked for once beforehand.
      warm: () => warmEach((slug) => `/store/products/${slug}`),
      run: () => cannon(`/store/products/x`, { requests: [{ setupRequest: (r) => ({ ...r, path: `/store/products/${pick(slugs)}` }) }] }),
    },
    { name: "Page: category (HTML)", run: () => cannon(`/store/category/${leafCategory.slug}`) },
  ].filter((t) => !args.only || t.ceiling || t.name.toLowerCase().includes(args.only.toLowerCase()));

  // Each page path must answer 2xx before its numbers mean anything.
  for (const path of ["/store/products/" + slugs[0], `/store/category/${leafCategory.slug}`, `${API}/products/${slugs[0]}`]) {
    const response = await fetch(`${ORIGIN}${path}`, { redirect: "manual" });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }

  for (const target of targets) {
    // Warm up: compiled routes, connection pool, caches.
    await autocannon({ url: `${ORIGIN}/api/ping`, connections: 2, amount: 50 });
    await target.warm?.();
    const memory = peakResidentMemory(server.pid!);
    const result = await target.run();
    const peakMb = Math.round(memory.stop() / 2 ** 20);
    const errors = result.errors + result.non2xx + result.timeouts;
    if (errors > 0 && !target.ceiling) failed = true;
    const row = { name: target.name, rps: result.requests.average, p50: result.latency.p50, p975: result.latency.p97_5, p99: result.latency.p99, errors, peakMb };
    rows.push(row);
    console.log(`${row.name.padEnd(42)} ${row.rps.toFixed(0).padStart(6)} req/s  p50 ${row.p50} ms  p97.5 ${row.p975} ms  p99 ${row.p99} ms  errors ${errors}  peak RSS ${peakMb} MB`);
  }
  bare.close();
} finally {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
  await stripe.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  await database.stop().catch(() => {});
}

const bareRps = rows.find((r) => r.name.startsWith("Ceiling: bare"))?.rps ?? NaN;
const trivialRps = rows.find((r) => r.name.startsWith("Ceiling: trivial"))?.rps ?? NaN;
const percent = (value: number) => (Number.isFinite(value) ? `${Math.round(value * 100)}%` : "–");
const table = [
  `${PRODUCTS} products, ${CONNECTIONS} connections, ${DURATION} s per endpoint, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z. Seeding took ${(seedMs / 1000).toFixed(1)} s.`,
  "",
  "| Endpoint | req/s | p50 ms | p97.5 ms | p99 ms | errors | peak RSS MB | of trivial route | of bare Node |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p975} | ${r.p99} | ${r.errors} | ${r.peakMb} | ${percent(r.rps / trivialRps)} | ${percent(r.rps / bareRps)} |`),
  "",
].join("\n");
if (!QUICK) {
  mkdirSync("bench", { recursive: true });
  writeFileSync(`bench/results${PRODUCTS === 1000 ? "" : `-${PRODUCTS}`}.md`, table);
}
console.log(`\n${table}`);
process.exit(failed ? 1 : 0);
