// Shared by every storage driver: what a stored object is, and which keys are safe.
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
