import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback, readBodyBytes } from "./loopback-server";

// A stand-in for the Vercel Blob API on loopback. One server plays both hosts: the API
// (PUT /{pathname} with a Bearer token and x-content-type, POST /delete { urls }) and the public
// store that serves GET /{pathname}. It refuses a wrong token as Blob does (403 forbidden).

export type FakeBlob = Awaited<ReturnType<typeof startFakeBlob>>;

export async function startFakeBlob(token: string) {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; path: string; headers: IncomingMessage["headers"] }[] = [];
  let publicUrl = "";

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBodyBytes(req);
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://fake").pathname.slice(1));
    requests.push({ method: req.method ?? "", path, headers: req.headers });
    if (req.method === "GET") {
      const object = objects.get(path);
      if (!object) return json(res, 404, { error: { code: "not_found", message: "The requested blob does not exist" } });
      res.writeHead(200, { "content-type": object.contentType });
      return res.end(object.body);
    }
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 403, { error: { code: "forbidden", message: "Access denied" } });
    if (req.method === "POST" && path === "delete") {
      const { urls } = JSON.parse(body.toString()) as { urls: string[] };
      for (const url of urls) objects.delete(url.slice(publicUrl.length + 1));
      return json(res, 200, {});
    }
    if (req.method === "PUT") {
      if (objects.has(path) && req.headers["x-allow-overwrite"] !== "1") return json(res, 400, { error: { code: "bad_request", message: "This blob already exists" } });
      const contentType = String(req.headers["x-content-type"] ?? "application/octet-stream");
      objects.set(path, { body, contentType });
      return json(res, 200, { url: `${publicUrl}/${path}`, downloadUrl: `${publicUrl}/${path}?download=1`, pathname: path, contentType, contentDisposition: "inline" });
    }
    json(res, 400, { error: { code: "bad_request", message: "Unsupported request" } });
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => json(res, 500, { error: { code: "unknown_error" } })));
  const { url, close } = await listenOnLoopback(server);
  publicUrl = url;
  return { url, close, objects, requests };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
