import { z } from "zod";

// Configuration, validated once at start-up; every reader imports `env` from here.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Unset in local use: `npm start` then runs the embedded PostgreSQL and sets it for the app.
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // A direct (not pooled) connection for the catalogue cache's LISTEN, when DATABASE_URL goes
  // through a pooler in transaction mode, which cannot carry LISTEN. Unset: DATABASE_URL.
  DATABASE_LISTEN_URL: z.string().url().optional(),
  // Catalogue reads (stores, categories, product lists and details) are kept in memory until
  // PostgreSQL reports a change. Unset: on, except under tests, which write rows and read at once.
  CATALOG_CACHE: z.enum(["on", "off"]).optional(),
  // Public origin of this deployment, used for absolute asset URLs in API answers.
  // Unset: the origin of each request.
  APP_URL: z.string().url().optional(),
  // Where the embedded database keeps its files when DATABASE_URL is unset.
  DATA_DIR: z.string().min(1).default("./.data"),
  // Loopback port of the embedded database; 0 picks a free one (5432 may be taken).
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // "auto" seeds the demo sites into an empty database on start; "off" never seeds.
  SEED_DEMO: z.enum(["auto", "off"]).default("auto"),
  // Outside services, each at a base URL so tests can point them at fakes on loopback.
  STRIPE_API_URL: z.string().url().optional(),
  EASYPOST_API_URL: z.string().url().default("https://api.easypost.com"),
  PRINTFUL_API_URL: z.string().url().default("https://api.printful.com"),
  OPENAI_API_URL: z.string().url().default("https://api.openai.com/v1"),
  ANTHROPIC_API_URL: z.string().url().default("https://api.anthropic.com"),
  // How long one call to an outside service may take before it is abandoned, so a slow provider
  // answers the shopper an error instead of holding the request. Stripe retries a timed-out call
  // with the same idempotency key (at most STRIPE_MAX_NETWORK_RETRIES times); the AI providers
  // are never retried, since each call is billed.
  STRIPE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  STRIPE_MAX_NETWORK_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  AI_TEXT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // gpt-image-1 at high quality can take a minute or more per request.
  AI_IMAGE_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  // SMTP: connecting (DNS, TCP, greeting), then any silence of the server during a delivery.
  SMTP_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  SMTP_SOCKET_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  // smtp(s)://user:pass@host:port; unset: every message is written to the outbox under DATA_DIR.
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().min(3).default("Storefront <no-reply@localhost>"),
  // Signs the shop's sign-in cookie (next-auth). `npm start` keeps a generated one in DATA_DIR
  // when unset; set it yourself on Vercel and any host with more than one instance.
  AUTH_SECRET: z.string().min(32).optional(),
  // Scheduled jobs (/api/cron/*) require "Authorization: Bearer <CRON_SECRET>", as Vercel Cron sends.
  CRON_SECRET: z.string().min(16).optional(),
  // A cart with items and no activity for this long becomes abandoned and gets a recovery e-mail.
  ABANDONED_CART_AFTER_HOURS: z.coerce.number().positive().default(24),
  // A pending order unpaid for this long is cancelled and its holds released.
  PENDING_ORDER_TTL_MINUTES: z.coerce.number().int().positive().default(60),
  // Trust X-Forwarded-For for the client address (behind Vercel or a known proxy) only when "1".
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  // Where uploads and renders are stored: "local" (files under DATA_DIR/media), "s3" or
  // "vercel-blob". Unset: S3 when S3_BUCKET is set, Vercel Blob when BLOB_READ_WRITE_TOKEN is, else local.
  STORAGE_DRIVER: z.enum(["local", "s3", "vercel-blob"]).optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  // An S3-compatible endpoint (R2, MinIO, …), addressed path-style; unset: AWS S3.
  S3_ENDPOINT: z.string().url().optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // Public origin the bucket's objects are served from (a CDN); unset: the bucket's own URL.
  S3_PUBLIC_URL: z.string().url().optional(),
  BLOB_READ_WRITE_TOKEN: z.string().min(1).optional(),
  BLOB_API_URL: z.string().url().default("https://blob.vercel-storage.com"),
  // Public origin of the Blob store; unset: derived from the store id in the token.
  BLOB_PUBLIC_URL: z.string().url().optional(),
  // "address:port" pairs (comma-separated) that URLs fetched for others (provider image URLs) may
  // reach although private: only for tests' fakes on loopback. Unset in every deployment.
  OUTBOUND_ALLOWED_ADDRESSES: z
    .string()
    .optional()
    .transform((list) => (list ? list.split(",").map((entry) => entry.trim()).filter(Boolean) : [])),
  // Site served at "/" (and on hosts no site claims as its domain).
  DEFAULT_SITE_ID: z.coerce.number().int().positive().default(1),
});

export type Env = z.infer<typeof schema>;

function parseEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment configuration: ${problems}`);
  }
  return parsed.data;
}

export const env = parseEnv();
