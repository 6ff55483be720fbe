// npm run reviews:moderate -- <siteId>                     list the site's reviews waiting for moderation
// npm run reviews:moderate -- <siteId> approve <id> [<id>...]   show them on their products
// npm run reviews:moderate -- <siteId> reject <id> [<id>...]    keep them hidden
// Uses DATABASE_URL, or the embedded database (stop `npm start` first: it holds the data directory).
import { createPrismaClient, type Db } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/open-database";
import { listPendingReviews, moderateReview, type ModerationDecision } from "@/lib/reviews/moderate-review";

const [siteArg, action, ...idArgs] = process.argv.slice(2);
const decisions: Record<string, ModerationDecision> = { approve: "approved", reject: "rejected" };
const isId = (s: string | undefined) => !!s && /^\d{1,10}$/.test(s);
if (!isId(siteArg) || (action !== undefined && (!decisions[action] || idArgs.length === 0 || !idArgs.every(isId)))) {
  console.error("Usage: npm run reviews:moderate -- <siteId> [approve|reject <reviewId>...]");
  process.exit(1);
}

const database = await openDatabase();
// lib/db connects from DATABASE_URL on first use; the embedded database's URL is known only now.
const prisma = createPrismaClient(database.url, 2);
(globalThis as { storefrontDb?: Db }).storefrontDb = prisma;
try {
  const siteId = Number(siteArg);
  if (action === undefined) {
    const pending = await listPendingReviews(siteId);
    if (pending.length === 0) console.log("No reviews are waiting for moderation.");
    for (const r of pending) console.log(`#${r.id}  ${r.product}  ${"★".repeat(r.rating)}${"☆".repeat(5 - r.rating)}  ${r.customer}  ${r.createdAt}\n    ${r.title}\n    ${r.body.replace(/\s+/g, " ").slice(0, 200)}`);
  } else {
    for (const id of idArgs) {
      const result = await moderateReview(siteId, Number(id), decisions[action]).catch((error: Error) => ({ id: Number(id), error: error.message }));
      console.log("error" in result ? `#${id}: ${result.error}` : `#${id}: ${result.status}`);
    }
  }
} finally {
  await prisma.$disconnect();
  await database.close();
}
