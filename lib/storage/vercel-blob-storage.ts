import { contentTypeOfKey, isSafeKey, type ObjectStorage } from "./storage-keys";

export type VercelBlobConfig = {
  /** BLOB_READ_WRITE_TOKEN: "vercel_blob_rw_<storeId>_<secret>". */
  token: string;
  /** The Blob API; tests point it at a fake on loopback. */
  apiUrl: string;
  /** Public origin of the store's blobs; by default derived from the store id in the token. */
  publicUrl?: string;
};

// The Blob REST API as @vercel/blob calls it (PUT /<pathname>, POST /delete): three requests
// do not justify the SDK and its retry and undici dependencies.
const API_VERSION = "7";

export function vercelBlobStorage(config: VercelBlobConfig): ObjectStorage {
  const apiUrl = config.apiUrl.replace(/\/+$/, "");
  const storeId = config.token.split("_")[3]?.toLowerCase() ?? "";
  const publicBase = (config.publicUrl ?? `https://${storeId}.public.blob.vercel-storage.com`).replace(/\/+$/, "");
  const headers = { authorization: `Bearer ${config.token}`, "x-api-version": API_VERSION };
  const urlOf = (key: string) => `${publicBase}/${key}`;
  const checked = (key: string) => {
    if (!isSafeKey(key)) throw new Error(`Unsafe storage key: ${key}`);
    return key;
  };

  return {
    async put(key, body, contentType) {
      const response = await fetch(`${apiUrl}/${checked(key)}`, {
        method: "PUT",
        // Keys are already random; a suffix would break get(key), and a re-render may overwrite.
        headers: { ...headers, "x-content-type": contentType, "x-add-random-suffix": "0", "x-allow-overwrite": "1" },
        body: new Uint8Array(body),
        signal: AbortSignal.timeout(20_000),
      });
      if (!response.ok) throw new Error(`Vercel Blob PUT ${key} failed with ${response.status}`);
      const { url } = (await response.json()) as { url?: unknown };
      return { key, url: typeof url === "string" ? url : urlOf(key) };
    },
    async get(key) {
      if (!isSafeKey(key)) return null;
      const response = await fetch(urlOf(key), { signal: AbortSignal.timeout(20_000) });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Vercel Blob GET ${key} failed with ${response.status}`);
      return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? contentTypeOfKey(key) };
    },
    async delete(key) {
      const response = await fetch(`${apiUrl}/delete`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ urls: [urlOf(checked(key))] }),
        signal: AbortSignal.timeout(20_000),
      });
      if (!response.ok) throw new Error(`Vercel Blob delete ${key} failed with ${response.status}`);
    },
  };
}
