// npm run lighthouse – Lighthouse (mobile preset, simulated throttling) on the production build:
// the home, a category and a product page of the demo shop, each audited RUNS times, the median
// score per category printed and written to lighthouse/results.md. Exits 1 when a median is under
// MIN_SCORE. Serves the app like the browser tests do (scripts/e2e-server.ts: a fresh database
// with the demo data; builds first unless LIGHTHOUSE_REUSE_BUILD=1).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const MIN_SCORE = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const PAGES = [
  { name: "Home", path: "/" },
  { name: "Category", path: "/store/category/apparel" },
  { name: "Product", path: "/store/products/classic-crew-tee" },
];

async function waitForServer(deadline = Date.now() + 300_000) {
  while (Date.now() < deadline) {
    const healthy = await fetch(`${ORIGIN}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer on ${ORIGIN} within 5 minutes`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = spawn("npx", ["tsx", "scripts/e2e-server.ts"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...process.env, PORT: String(PORT), E2E_REUSE_BUILD: process.env.LIGHTHOUSE_REUSE_BUILD ?? "0" },
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};
process.on("SIGINT", () => {
  stopServer();
  process.exit(130);
});

let failed = false;
try {
  await waitForServer();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const rows: string[] = [];
  try {
    for (const page of PAGES) {
      // Warm the server's caches and compiled routes, as a real visitor would find them.
      await fetch(`${ORIGIN}${page.path}`);
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${ORIGIN}${page.path}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        for (const category of CATEGORIES) scores[category].push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
        if (run === RUNS - 1) {
          mkdirSync("lighthouse", { recursive: true });
          writeFileSync(`lighthouse/${page.name.toLowerCase()}.json`, JSON.stringify(result.lhr, null, 1));
        }
      }
      const medians = CATEGORIES.map((c) => median(scores[c]));
      if (medians.some((score) => score < MIN_SCORE)) failed = true;
      rows.push(`| ${page.name} (\`${page.path}\`) | ${medians.join(" | ")} |`);
      console.log(`${page.name.padEnd(9)} ${CATEGORIES.map((c, i) => `${c} ${medians[i]} (${scores[c].join("/")})`).join("  ")}`);
    }
  } finally {
    await chrome.kill();
  }
  const table = [
    `Lighthouse ${RUNS} runs per page, mobile preset, median scores (minimum ${MIN_SCORE}).`,
    "",
    `| Page | ${CATEGORIES.join(" | ")} |`,
    `| --- | ${CATEGORIES.map(() => "---").join(" | ")} |`,
    ...rows,
    "",
  ].join("\n");
  writeFileSync("lighthouse/results.md", table);
  console.log(`\n${table}`);
} finally {
  stopServer();
}
process.exit(failed ? 1 : 0);
