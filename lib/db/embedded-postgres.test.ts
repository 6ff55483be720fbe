import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

describe("the embedded PostgreSQL", () => {
  it("keeps its data across restarts and refuses a second process on the same directory", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "embedded-"));
    const first = await startEmbeddedPostgres({ dataDir });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    try {
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      expect((await again.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
      await again.end();
    } finally {
      await second.stop();
    }
  });

  it("will not open a data directory another live process holds", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "embedded-lock-"));
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dataDir, "embedded-postgres.pid"), String(process.ppid));
    await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by process/);
  });

  it("listens on a free loopback port, never assuming 5432", async () => {
    const server = await startEmbeddedPostgres({ dataDir: null });
    try {
      expect(server.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\//);
      expect(server.port).not.toBe(5432);
    } finally {
      await server.stop();
    }
  });
});
