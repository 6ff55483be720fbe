import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import PageCacheHandler from "@/lib/catalog/cache/page-cache-handler.js";
import { collectGarbage } from "../support/collect-garbage";

// Tests keep the catalogue caches off; this file turns the page cache on.
vi.hoisted(() => {
  process.env.CATALOG_CACHE = "on";
});

// The page cache Next.js stores rendered pages in, driven the way Next.js drives it: get (a miss
// starts a render), then set with the rendered page. Changes are notified on the real channel.
describe("the page cache handler", () => {
  const handler = new PageCacheHandler();
  const notifier = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  const page = (text: string) => ({ kind: "APP_PAGE", html: `<html>${text} – café</html>`, rscData: Buffer.from(text), status: 200, headers: {}, postponed: undefined, segmentData: new Map() });
  const key = (tenant: string, slug: string) => `/route-cache/app-page/0123abc/$/shop/${tenant}/store/products/${slug}`;
  const ctx = { cacheControl: { revalidate: 300, expire: undefined } };
  const notify = (payload: string) => notifier.query("SELECT pg_notify('storefront_catalog', $1)", [payload]);
  const until = async (done: () => Promise<boolean>) => {
    const started = Date.now();
    while (!(await done())) {
      expect(Date.now() - started, "waited a second").toBeLessThan(1_000);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  /** A render of `key`: the miss, then the page stored. */
  const render = async (cacheKey: string, text: string) => {
    await handler.get(cacheKey);
    await handler.set(cacheKey, page(text), ctx);
  };

  beforeAll(async () => {
    await notifier.connect();
    // Nothing is kept until the handler listens: it serves nothing it cannot vouch for.
    await until(async () => {
      await render(key("7", "warm-up"), "warm-up");
      return (await handler.get(key("7", "warm-up"))) !== null;
    });
  });

  afterAll(async () => {
    await notifier.end();
  });

  it("serves a stored page as it was rendered", async () => {
    await render(key("7", "mug"), "mug");
    const hit = await handler.get(key("7", "mug"));
    expect(hit).toMatchObject({ value: { kind: "APP_PAGE", html: "<html>mug – café</html>", status: 200 }, cacheControl: ctx.cacheControl });
    expect(hit!.value.rscData.toString()).toBe("mug");
  });

  it("keeps pages deflated and answers them whole: HTML, RSC payload and prefetch segments", async () => {
    const html = `<html>${"<li>A product of the shop</li>".repeat(2_000)}</html>`;
    const rendered = { ...page("big"), html, rscData: Buffer.from(html.repeat(2)), segmentData: new Map([["/_tree", Buffer.from("tree ".repeat(500))]]) };
    await handler.get(key("7", "big"));
    await handler.set(key("7", "big"), rendered, ctx);
    const hit = await handler.get(key("7", "big"));
    expect(hit!.value.html).toBe(html);
    expect(hit!.value.rscData.equals(rendered.rscData)).toBe(true);
    expect(hit!.value.segmentData.get("/_tree").toString()).toBe("tree ".repeat(500));
    // A route handler's answer is kept as it came.
    await handler.get(key("7", "route"));
    await handler.set(key("7", "route"), { kind: "APP_ROUTE", body: Buffer.from("{}"), status: 200, headers: {} }, ctx);
    expect((await handler.get(key("7", "route")))!.value).toEqual({ kind: "APP_ROUTE", body: Buffer.from("{}"), status: 200, headers: {} });
  });

  it("holds no more memory than its 32 MB limit, counting what zlib allocated", async () => {
    const heldBytes = () => (collectGarbage(), process.memoryUsage().arrayBuffers);
    const before = heldBytes();
    const parts = (n: number) => new Map([...Array(5).keys()].map((i) => [`/segment-${i}`, Buffer.from(`segment ${i} of ${n} `.repeat(40))]));
    for (let n = 0; n < 2_000; n++) {
      await handler.get(key("9", `held-${n}`));
      await handler.set(key("9", `held-${n}`), { ...page(`page ${n} `.repeat(200)), segmentData: parts(n) }, ctx);
    }
    // 2,000 pages of 7 parts, each deflating to a few hundred bytes, hold about 8 MB. Kept in zlib's
    // 16 kB output buffers, those parts held 224 MB.
    expect(heldBytes() - before).toBeLessThan(32 * 2 ** 20);
    expect((await handler.get(key("9", "held-0")))!.value.segmentData.get("/segment-4").toString()).toBe("segment 4 of 0 ".repeat(40));
  });

  it("drops a site's pages, and pages served by host name, when that site changes; other sites' stay", async () => {
    await render(key("7", "mug"), "mug");
    await render(key("8", "mug"), "mug");
    await render(key("shop.example", "mug"), "mug");
    await notify("7");
    await until(async () => (await handler.get(key("7", "mug"))) === null);
    expect(await handler.get(key("shop.example", "mug"))).toBeNull();
    expect(await handler.get(key("8", "mug"))).not.toBeNull();
    await notify("*");
    await until(async () => (await handler.get(key("8", "mug"))) === null);
  });

  it("does not keep a page whose render began before its site changed", async () => {
    await handler.get(key("7", "tee")); // the miss: rendering reads the old catalogue
    await notify("7");
    await new Promise((resolve) => setTimeout(resolve, 100)); // the change is heard mid-render
    await handler.set(key("7", "tee"), page("old tee"), ctx);
    expect(await handler.get(key("7", "tee"))).toBeNull();
    // A render begun after the change is kept.
    await handler.set(key("7", "tee"), page("new tee"), ctx);
    expect((await handler.get(key("7", "tee")))?.value.html).toBe("<html>new tee – café</html>");
  });
});
