import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { outboxAt } from "./outbox";

const message = (n: number) => ({
  to: `customer${n}@example.test`,
  from: "Shop <shop@example.test>",
  subject: `Message ${n}`,
  text: `Text ${n}`,
  html: `<p>HTML ${n}</p>`,
  tag: "test",
});

let root: string;
let outbox: ReturnType<typeof outboxAt>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "outbox-test-"));
  outbox = outboxAt(join(root, "outbox"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("outbox", () => {
  it("writes each message as one JSON file named by its id, leaving no temporary file", async () => {
    const before = Date.now();
    const { id } = await outbox.send(message(1));
    const files = await readdir(outbox.dir);
    expect(files).toEqual([`${id}.json`]);
    const stored = JSON.parse(await readFile(join(outbox.dir, files[0]), "utf8"));
    expect(stored).toEqual({ id, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), ...message(1) });
    expect(Date.parse(stored.createdAt)).toBeGreaterThanOrEqual(before);
  });

  it("lists newest first, up to the limit, skipping files that are not messages", async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 4; n++) ids.push((await outbox.send(message(n))).id);
    await writeFile(join(outbox.dir, ".20990101T000000000Z-000000000000.json.tmp"), "{");
    await writeFile(join(outbox.dir, "notes.json"), "{}");

    const listed = await outbox.list({ limit: 3 });
    expect(listed.map((m) => m.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(listed[0]).toEqual({ id: ids[3], createdAt: expect.any(String), to: "customer4@example.test", from: "Shop <shop@example.test>", subject: "Message 4", tag: "test" });
  });

  it("lists nothing before the first message", async () => {
    expect(await outbox.list({ limit: 10 })).toEqual([]);
  });

  it("reads a message by id, and answers null for an unknown one", async () => {
    const { id } = await outbox.send(message(1));
    expect(await outbox.read(id)).toMatchObject({ id, ...message(1) });
    expect(await outbox.read("20000101T000000000Z-000000000000")).toBeNull();
  });

  it("refuses ids that could name a file outside the outbox", async () => {
    await outbox.send(message(1));
    await mkdir(join(root, "elsewhere"), { recursive: true });
    await writeFile(join(root, "secret.json"), JSON.stringify({ ...message(9), id: "x", createdAt: "x" }));
    for (const id of ["../secret", "..%2Fsecret", "/etc/passwd", "..\\secret", "secret.json", "", "20000101T000000000Z-000000000000/../../secret"]) {
      expect(await outbox.read(id)).toBeNull();
    }
  });
});
