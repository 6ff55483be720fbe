import { createConnection, createServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

export type FaultProxy = {
  /** Where clients connect: 127.0.0.1 and this port, in place of the target's. */
  port: number;
  /** Connections piped to the target so far. */
  connections: number;
  /** Drops every open connection and refuses new ones, as a server that went down. */
  cut(): Promise<void>;
  /** Listens again on the same port, as the server back up. */
  restore(): Promise<void>;
  close(): Promise<void>;
};

/**
 * A TCP proxy on loopback in front of a server (the local PostgreSQL) that a test can take down
 * and bring back, without touching the server other suites share.
 */
export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const open = new Set<Socket>();
  let connections = 0;
  const server = createServer((client) => {
    connections++;
    const upstream = createConnection(target);
    open.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", () => resolve()));
  const stopListening = () => new Promise<void>((resolve) => server.close(() => resolve()));
  const dropAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    port,
    get connections() {
      return connections;
    },
    async cut() {
      const closed = stopListening();
      dropAll();
      await closed;
    },
    restore: () => listen(port),
    async close() {
      dropAll();
      if (server.listening) await stopListening();
    },
  };
}
