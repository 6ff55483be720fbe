import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server } from "node:http";

/** Starts a fake service's HTTP server on a free loopback port; close() also drops kept-alive connections. */
export async function listenOnLoopback(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The whole body of a request to a fake, as bytes. */
export async function readBodyBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The whole body of a request to a fake, as text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  return (await readBodyBytes(request)).toString();
}

/** A JSON request body as an object; anything unreadable counts as empty, as a lenient API would. */
export async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  try {
    return JSON.parse((await readBody(request)) || "{}");
  } catch {
    return {};
  }
}
