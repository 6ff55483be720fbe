import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { env, type Env } from "@/lib/env";
import { s3Storage } from "./s3-storage";
import { contentTypeOfKey, isSafeKey, type ObjectStorage } from "./storage-keys";
import { vercelBlobStorage } from "./vercel-blob-storage";

// Where uploaded and generated files live. One interface, chosen by configuration: local files
// under DATA_DIR (the default, served by app/media/[...key]), an S3-compatible bucket, or Vercel Blob.
export { contentTypeOfKey, isSafeKey, type ObjectStorage, type StoredObject } from "./storage-keys";

export function localStorage(root = resolve(env.DATA_DIR, "media")): ObjectStorage {
  const pathOf = (key: string) => {
    if (!isSafeKey(key)) throw new Error(`Unsafe storage key: ${key}`);
    const path = resolve(join(root, key));
    if (!path.startsWith(root + sep)) throw new Error(`Unsafe storage key: ${key}`);
    return path;
  };
  return {
    async put(key, body) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
      return { key, url: `/media/${key}` };
    },
    async get(key) {
      if (!isSafeKey(key)) return null;
      const body = await readFile(pathOf(key)).catch(() => null);
      return body ? { body, contentType: contentTypeOfKey(key) } : null;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

type StorageEnv = Pick<
  Env,
  "STORAGE_DRIVER" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_PUBLIC_URL" | "BLOB_READ_WRITE_TOKEN" | "BLOB_API_URL" | "BLOB_PUBLIC_URL"
>;

/** The storage the configuration names: STORAGE_DRIVER, else S3 when a bucket is set, Vercel Blob when its token is, else local files. */
export function storageFromEnv(config: StorageEnv): ObjectStorage {
  const driver = config.STORAGE_DRIVER ?? (config.S3_BUCKET ? "s3" : config.BLOB_READ_WRITE_TOKEN ? "vercel-blob" : "local");
  if (driver === "s3") {
    if (!config.S3_BUCKET || !config.S3_ACCESS_KEY_ID || !config.S3_SECRET_ACCESS_KEY) {
      throw new Error("S3 storage needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
    }
    return s3Storage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      publicUrl: config.S3_PUBLIC_URL,
    });
  }
  if (driver === "vercel-blob") {
    if (!config.BLOB_READ_WRITE_TOKEN) throw new Error("Vercel Blob storage needs BLOB_READ_WRITE_TOKEN");
    return vercelBlobStorage({ token: config.BLOB_READ_WRITE_TOKEN, apiUrl: config.BLOB_API_URL, publicUrl: config.BLOB_PUBLIC_URL });
  }
  return localStorage();
}

let configured: ObjectStorage | null = null;

/** The configured storage (local files unless a cloud store is configured). */
export function objectStorage(): ObjectStorage {
  return (configured ??= storageFromEnv(env));
}
