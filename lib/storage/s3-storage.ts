import { amzDate, encodePath, sha256Hex, signS3Request, type S3Credentials } from "./s3-signature";
import { contentTypeOfKey, isSafeKey, type ObjectStorage } from "./storage-keys";

export type S3Config = S3Credentials & {
  bucket: string;
  /** An S3-compatible endpoint (R2, MinIO, …), addressed path-style; unset: AWS, virtual-hosted. */
  endpoint?: string;
  /** Public origin the stored objects are served from (a CDN or a public bucket). */
  publicUrl?: string;
};

/** Objects in an S3-compatible bucket, signed with Signature Version 4. */
export function s3Storage(config: S3Config): ObjectStorage {
  const base = config.endpoint
    ? `${config.endpoint.replace(/\/+$/, "")}/${config.bucket}`
    : `https://${config.bucket}.s3.${config.region}.amazonaws.com`;
  const publicBase = (config.publicUrl ?? base).replace(/\/+$/, "");

  async function send(method: "PUT" | "GET" | "DELETE", key: string, body?: Buffer, contentType?: string) {
    if (!isSafeKey(key)) throw new Error(`Unsafe storage key: ${key}`);
    const url = new URL(`${base}/${encodePath(key)}`);
    const payloadHash = sha256Hex(body ?? "");
    const headers: Record<string, string> = { host: url.host, "x-amz-content-sha256": payloadHash, "x-amz-date": amzDate(new Date()) };
    if (contentType) headers["content-type"] = contentType;
    const authorization = signS3Request({ method, path: url.pathname, headers, payloadHash, credentials: config });
    // fetch sets Host itself (it may not be sent by hand); it is the same value that was signed.
    const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "host"));
    return fetch(url, { method, headers: { ...sent, authorization }, body: body ? new Uint8Array(body) : undefined, signal: AbortSignal.timeout(20_000) });
  }

  return {
    async put(key, body, contentType) {
      const response = await send("PUT", key, body, contentType);
      if (!response.ok) throw new Error(`S3 PUT ${key} failed with ${response.status}`);
      return { key, url: `${publicBase}/${encodePath(key)}` };
    },
    async get(key) {
      if (!isSafeKey(key)) return null;
      const response = await send("GET", key);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`S3 GET ${key} failed with ${response.status}`);
      return { body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") ?? contentTypeOfKey(key) };
    },
    async delete(key) {
      const response = await send("DELETE", key);
      if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed with ${response.status}`);
    },
  };
}
