import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// The pages read DATA_DIR through lib/env, which parses on first import: point it at a temporary
// directory before loading them.
let dataDir: string;
let pages: { list: () => Promise<React.ReactElement>; message: (id: string) => Promise<React.ReactElement> };
let messageId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "dev-outbox-test-"));
  vi.stubEnv("DATA_DIR", dataDir);
  const { default: OutboxPage } = await import("@/app/dev/outbox/page");
  const { default: OutboxMessagePage } = await import("@/app/dev/outbox/[id]/page");
  const { defaultOutboxDir, outboxAt } = await import("@/lib/email/outbox");
  pages = { list: () => OutboxPage(), message: (id) => OutboxMessagePage({ params: Promise.resolve({ id }) }) };
  ({ id: messageId } = await outboxAt(defaultOutboxDir()).send({
    to: "jane@example.test",
    from: "Shop <shop@example.test>",
    subject: "Hello <Jane>",
    text: "Plain hello",
    html: "<p>HTML hello</p><script>parent.alert(1)</script>",
    tag: "test",
  }));
});
// lib/env has read DATA_DIR by now; the pages read NODE_ENV and ENABLE_DEV_OUTBOX on each call.
afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });

describe("/dev/outbox", () => {
  it("lists messages and shows one, its HTML only inside a sandboxed iframe", async () => {
    const list = renderToStaticMarkup(await pages.list());
    expect(list).toContain("Hello &lt;Jane&gt;");
    expect(list).toContain(`href="/dev/outbox/${messageId}"`);

    const page = renderToStaticMarkup(await pages.message(messageId));
    expect(page).toContain("Plain hello");
    expect(page).toMatch(/<iframe[^>]*sandbox=""[^>]*srcDoc="&lt;p&gt;HTML hello/);
    expect(page).not.toContain("<script>");
  });

  it("answers 404 for an unknown or path-like id", async () => {
    await expect(pages.message("20000101T000000000Z-000000000000")).rejects.toEqual(notFound);
    await expect(pages.message("../../package")).rejects.toEqual(notFound);
  });

  it("answers 404 in production unless ENABLE_DEV_OUTBOX=1", async () => {
    vi.stubEnv("NODE_ENV", "production");
    await expect(pages.list()).rejects.toEqual(notFound);
    await expect(pages.message(messageId)).rejects.toEqual(notFound);
    vi.stubEnv("ENABLE_DEV_OUTBOX", "1");
    expect(renderToStaticMarkup(await pages.list())).toContain("Hello &lt;Jane&gt;");
  });
});
