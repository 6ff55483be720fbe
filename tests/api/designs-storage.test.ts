import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Storage } from "@/lib/storage/s3-storage";
import { storageFromEnv } from "@/lib/storage/object-storage";
import { vercelBlobStorage } from "@/lib/storage/vercel-blob-storage";
import { startFakeBlob, type FakeBlob } from "../support/fake-blob";
import { startFakeS3, type FakeS3 } from "../support/fake-s3";

const credentials = { accessKeyId: "AKIATESTKEY", secretAccessKey: "test-secret-key", region: "eu-west-1" };
const TOKEN = "vercel_blob_rw_teststore_secret123";
const png = Buffer.from("89504e470d0a1a0a", "hex");

describe("S3-compatible storage", () => {
  let fake: FakeS3;
  beforeAll(async () => (fake = await startFakeS3("designs", credentials)));
  afterAll(() => fake.close());

  it("puts, gets and deletes objects with signed requests", async () => {
    const storage = s3Storage({ ...credentials, bucket: "designs", endpoint: fake.url, publicUrl: "https://cdn.example.com" });
    const stored = await storage.put("sites/1/designs/uploads/abc.png", png, "image/png");
    expect(stored).toEqual({ key: "sites/1/designs/uploads/abc.png", url: "https://cdn.example.com/sites/1/designs/uploads/abc.png" });
    expect(fake.objects.get("sites/1/designs/uploads/abc.png")?.contentType).toBe("image/png");
    expect(await storage.get("sites/1/designs/uploads/abc.png")).toEqual({ body: png, contentType: "image/png" });
    await storage.delete("sites/1/designs/uploads/abc.png");
    expect(await storage.get("sites/1/designs/uploads/abc.png")).toBeNull();
    expect(fake.requests.every((r) => r.signed)).toBe(true);
  });

  it("fails loudly on a wrong secret and refuses unsafe keys", async () => {
    const wrong = s3Storage({ ...credentials, secretAccessKey: "wrong", bucket: "designs", endpoint: fake.url });
    await expect(wrong.put("sites/1/x.png", png, "image/png")).rejects.toThrow(/403/);
    await expect(wrong.put("../etc/passwd", png, "image/png")).rejects.toThrow(/Unsafe/);
  });

  it("is chosen by S3_BUCKET", () => {
    const chosen = storageFromEnv({ S3_BUCKET: "designs", S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "a", S3_SECRET_ACCESS_KEY: "b", BLOB_API_URL: "https://blob.vercel-storage.com" });
    expect(chosen.put).toBeTypeOf("function");
    expect(() => storageFromEnv({ STORAGE_DRIVER: "s3", S3_REGION: "us-east-1", BLOB_API_URL: "https://blob.vercel-storage.com" })).toThrow(/S3_BUCKET/);
  });
});

describe("Vercel Blob storage", () => {
  let fake: FakeBlob;
  beforeAll(async () => (fake = await startFakeBlob(TOKEN)));
  afterAll(() => fake.close());

  it("puts through the API, reads the public URL, deletes by URL", async () => {
    const storage = vercelBlobStorage({ token: TOKEN, apiUrl: fake.url, publicUrl: fake.url });
    const stored = await storage.put("sites/1/designs/7/render/front.png", png, "image/png");
    expect(stored).toEqual({ key: "sites/1/designs/7/render/front.png", url: `${fake.url}/sites/1/designs/7/render/front.png` });
    const put = fake.requests.find((r) => r.method === "PUT")!;
    expect(put.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, "x-content-type": "image/png", "x-add-random-suffix": "0" });
    // A re-render overwrites its key.
    await storage.put("sites/1/designs/7/render/front.png", png, "image/png");
    expect(await storage.get("sites/1/designs/7/render/front.png")).toEqual({ body: png, contentType: "image/png" });
    await storage.delete("sites/1/designs/7/render/front.png");
    expect(await storage.get("sites/1/designs/7/render/front.png")).toBeNull();
  });

  it("fails on a wrong token and derives the public origin from the token", async () => {
    const wrong = vercelBlobStorage({ token: "vercel_blob_rw_teststore_nope", apiUrl: fake.url, publicUrl: fake.url });
    await expect(wrong.put("sites/1/a.png", png, "image/png")).rejects.toThrow(/403/);
    const derived = vercelBlobStorage({ token: TOKEN, apiUrl: fake.url });
    const requests = fake.requests.length;
    await expect(derived.put("sites/1/b.png", png, "image/png")).resolves.toMatchObject({ key: "sites/1/b.png" });
    expect(fake.requests.length).toBe(requests + 1);
  });
});
