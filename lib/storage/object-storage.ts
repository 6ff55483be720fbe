import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { env } from "@/lib/env";

// Where uploaded and generated files live. One interface, chosen by configuration: local files
// under DATA_DIR (the default, served by app/media/[...key]) or a cloud store when configured.
export type StoredObject = { key: string; url: string };

export interface ObjectStorage {
  put(key: string, body: Buffer, contentType: string): Promise<StoredObject>;
  get(key: string): Promise<{ body: Buffer; contentType: string } | null>;
  delete(key: string): Promise<void>;
}

/** Keys are paths of safe segments: "sites/1/designs/7/ai/3f2c….png". */
export function isSafeKey(key: string): boolean {
  return key.length <= 300 && key.split("/").every((segment) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/.test(segment) && !segment.includes(".."));
}

const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", webp: "image/webp" };

export function contentTypeOfKey(key: string): string {
  return CONTENT_TYPES[key.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

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

let configured: ObjectStorage | null = null;

/** The configured storage (local files unless a cloud store is configured). */
export function objectStorage(): ObjectStorage {
  return (configured ??= localStorage());
}
