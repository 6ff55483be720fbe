import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { sha256Hex, signS3Request, type S3Credentials } from "@/lib/storage/s3-signature";
import { listenOnLoopback, readBodyBytes } from "./loopback-server";

// A stand-in for an S3-compatible bucket on loopback, path-style (/{bucket}/{key}): PUT, GET and
// DELETE of objects. It checks each request's Signature V4 against the one secret it knows (the
// signer itself is pinned to AWS's documented example in lib/storage/s3-signature.test.ts) and
// the payload hash against the body, and refuses anything else with S3's error statuses.

export type FakeS3 = Awaited<ReturnType<typeof startFakeS3>>;

export async function startFakeS3(bucket: string, credentials: S3Credentials) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; path: string; signed: boolean }[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBodyBytes(req);
    const url = new URL(req.url ?? "/", "http://fake");
    const signed = signatureValid(req, url.pathname, body);
    requests.push({ method: req.method ?? "", path: url.pathname, signed });
    if (!signed) return send(res, 403, "SignatureDoesNotMatch");
    const prefix = `/${bucket}/`;
    if (!url.pathname.startsWith(prefix)) return send(res, 404, "NoSuchBucket");
    const key = decodeURIComponent(url.pathname.slice(prefix.length));
    if (req.method === "PUT") {
      objects.set(key, { body, contentType: String(req.headers["content-type"] ?? "application/octet-stream") });
      return send(res, 200, "");
    }
    if (req.method === "GET") {
      const object = objects.get(key);
      if (!object) return send(res, 404, "NoSuchKey");
      res.writeHead(200, { "content-type": object.contentType });
      return res.end(object.body);
    }
    if (req.method === "DELETE") {
      objects.delete(key);
      return send(res, 204, "");
    }
    send(res, 405, "MethodNotAllowed");
  };

  function signatureValid(req: IncomingMessage, path: string, body: Buffer): boolean {
    const authorization = req.headers.authorization ?? "";
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}$/.exec(authorization);
    if (!match || match[1] !== credentials.accessKeyId || match[2] !== credentials.region) return false;
    const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
    if (payloadHash !== sha256Hex(body)) return false;
    const headers = Object.fromEntries(match[3].split(";").map((name) => [name, String(req.headers[name] ?? "")]));
    return signS3Request({ method: req.method ?? "", path, headers, payloadHash, credentials }) === authorization;
  }

  const server = createServer((req, res) => void handle(req, res).catch(() => send(res, 500, "InternalError")));
  const { url, close } = await listenOnLoopback(server);
  return { url, close, objects, requests };
}

function send(res: ServerResponse, status: number, code: string) {
  res.writeHead(status, { "content-type": "application/xml" });
  res.end(code ? `<Error><Code>${code}</Code></Error>` : "");
}
