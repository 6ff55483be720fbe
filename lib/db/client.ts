import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

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

export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter, omit: omitSecrets, transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS } });
}

export type Db = ReturnType<typeof createPrismaClient>;
