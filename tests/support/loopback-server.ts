import type { AddressInfo } from "node:net";
import type { IncomingMessage, RequestListener, Server } from "node:http";

/** Looks at the app at the moment one of the fakes receives a call; given the address called. */
export type FakeRequestProbe = (address: string) => Promise<void>;

const probes = new Set<FakeRequestProbe>();

/**
 * Has every fake await `probe` on each call before it handles it, so a test sees the app's state
 * while the app waits on the call. Answers the function that removes the probe.
 */
export function probeFakeRequests(probe: FakeRequestProbe): () => void {
  probes.add(probe);
  return () => probes.delete(probe);
}

/** Runs the installed probes; every fake calls this first, for each call it receives. */
export async function runFakeRequestProbes(address: string) {
  for (const probe of probes) await probe(address);
}

/** Starts a fake service's HTTP server on a free loopback port; close() also drops kept-alive connections. */
export async function listenOnLoopback(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const handlers = server.listeners("request") as RequestListener[];
  server.removeAllListeners("request");
  server.on("request", (request, response) => {
    void runFakeRequestProbes(`${url}${request.url ?? ""}`).then(() => handlers.forEach((handle) => handle.call(server, request, response)));
  });
  return {
    url,
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
