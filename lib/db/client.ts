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
    printfulApiKey: true,
  },
  customer: { passwordHash: true },
} as const;

export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize });
  return new PrismaClient({ adapter, omit: omitSecrets });
}

export type Db = ReturnType<typeof createPrismaClient>;
