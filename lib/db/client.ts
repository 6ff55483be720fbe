import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { outsideRequests } from "./outside-requests";

// Secrets stay out of every query result unless a caller selects them on purpose.
const omitSecrets = {
  store: {
    stripeSecretKey: true,
    stripeWebhookSecret: true,
    openaiApiKey: true,
    anthropicApiKey: true,
    easypostApiKey: true,
    easypostWebhookSecret: true,
    printfulApiKey: true,
  },
  customer: { passwordHash: true },
} as const;

// Prisma gives up on an interactive transaction that waits over 2 s for a pooled connection (a 500),
// while plain queries wait their turn; a burst of checkouts queues longer than that for the pool.
const TRANSACTION_MAX_WAIT_MS = 15_000;

type ConnectCallback = (error: Error | null, client?: pg.Client) => void;

/** A pooled connection, opened outside the request that asked for it (outside-requests.js says why). */
class PooledConnection extends pg.Client {
  connect(): Promise<pg.Client>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.Client> | void {
    if (!callback) return outsideRequests(() => super.connect());
    // pg keeps the callback for the connection's life (in the scope its listeners share): it gets
    // one that lets go of the pool's, which leads back to the request, once called.
    let pending: ConnectCallback | null = callback;
    const settle: ConnectCallback = (error, client) => {
      const callPool = pending;
      pending = null;
      callPool?.(error, client);
    };
    outsideRequests(() => super.connect(settle));
  }
}

export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize, Client: PooledConnection });
  return new PrismaClient({ adapter, omit: omitSecrets, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
}

export type Db = ReturnType<typeof createPrismaClient>;
