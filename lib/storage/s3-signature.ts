import { createHash, createHmac } from "node:crypto";

// AWS Signature Version 4 for S3 requests, written out (about 50 lines) rather than pulling in
// the AWS SDK (dozens of packages) for three calls: PUT, GET and DELETE of one object.

export type S3Credentials = { accessKeyId: string; secretAccessKey: string; region: string };

export const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();

/** RFC 3986 encoding of each path segment, as S3's canonical URI wants it ("/" kept). */
export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

/** "20130524T000000Z" */
export const amzDate = (now: Date) => now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * The Authorization header of a request whose headers (host, x-amz-date, x-amz-content-sha256
 * and any others) are all signed. `path` is already encoded; the query string is empty.
 */
export function signS3Request(input: {
  method: string;
  path: string;
  headers: Record<string, string>;
  payloadHash: string;
  credentials: S3Credentials;
}): string {
  const { credentials } = input;
  const headers = Object.entries(input.headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, " ")] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const signedHeaders = headers.map(([name]) => name).join(";");
  const canonicalRequest = [input.method, input.path, "", ...headers.map(([n, v]) => `${n}:${v}`), "", signedHeaders, input.payloadHash].join("\n");
  const date = input.headers["x-amz-date"];
  const scope = `${date.slice(0, 8)}/${credentials.region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", date, scope, sha256Hex(canonicalRequest)].join("\n");
  let key = hmac(`AWS4${credentials.secretAccessKey}`, date.slice(0, 8));
  for (const part of [credentials.region, "s3", "aws4_request"]) key = hmac(key, part);
  const signature = createHmac("sha256", key).update(stringToSign).digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
