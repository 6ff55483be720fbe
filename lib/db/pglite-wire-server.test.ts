import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

// The embedded database is one PGlite session shared by many pooled connections.
describe("the embedded database's wire server", () => {
  let server: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ dataDir: null });
    pool = new pg.Pool({ connectionString: server.url, max: 10 });
    await pool.query("CREATE TABLE items (id serial primary key, label text)");
  });
  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it("keeps 200 parameterised queries from 10 connections apart", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => pool.query<{ n: number; s: string }>("SELECT $1::int AS n, $2::text AS s", [i, `q${i}`])),
    );
    expect(answers.map((a) => a.rows[0])).toEqual(Array.from({ length: 200 }, (_, i) => ({ n: i, s: `q${i}` })));
  });

  it("hides an open transaction's writes from other connections and lets them in after commit", async () => {
    const writer = await pool.connect();
    const reader = await pool.connect();
    try {
      await writer.query("BEGIN");
      await writer.query("INSERT INTO items (label) VALUES ('pending')");
      const blocked = reader.query<{ count: string }>("SELECT count(*) FROM items WHERE label = 'pending'");
      await new Promise((resolve) => setTimeout(resolve, 100));
      await writer.query("COMMIT");
      expect((await blocked).rows[0].count).toBe("1");
    } finally {
      writer.release();
      reader.release();
    }
  });

  it("keeps an error in one connection's statement from leaking into another's", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? pool.query("SELECT $1::int AS n", [i]) : pool.query("SELECT * FROM no_such_table"))),
    );
    results.forEach((result, i) => {
      if (i % 2) expect(result).toMatchObject({ status: "fulfilled", value: { rows: [{ n: i }] } });
      else expect(result.status).toBe("rejected");
    });
  });

  it("rolls back the transaction of a connection that disconnects, and serves the others", async () => {
    const client = new pg.Client({ connectionString: server.url });
    client.on("error", () => {});
    await client.connect();
    await client.query("BEGIN");
    await client.query("INSERT INTO items (label) VALUES ('abandoned')");
    (client as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
    const { rows } = await pool.query<{ count: string }>("SELECT count(*) FROM items WHERE label = 'abandoned'");
    expect(rows[0].count).toBe("0");
  });

  it("passes a committed NOTIFY to the connections that listen, not before the commit", async () => {
    const listener = new pg.Client({ connectionString: server.url });
    await listener.connect();
    const heard: string[] = [];
    const first = new Promise<void>((resolve) =>
      listener.on("notification", (n) => {
        heard.push(`${n.channel}:${n.payload}`);
        resolve();
      }),
    );
    await listener.query("LISTEN catalogue");
    const writer = await pool.connect();
    try {
      await writer.query("BEGIN");
      await writer.query("SELECT pg_notify('catalogue', '7')");
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toEqual([]);
      await writer.query("COMMIT");
      await first;
      expect(heard).toEqual(["catalogue:7"]);
    } finally {
      writer.release();
      await listener.end();
    }
  });
});
