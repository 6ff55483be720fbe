import { abandonDormantCarts } from "@/lib/cart/abandon-carts";
import { cronRoute } from "@/lib/jobs/cron-route";

// Never prerendered or cached at build time: every call is a run of the job.
export const dynamic = "force-dynamic";
// Room for a batch of e-mails; the job's limit keeps one run well inside it.
export const maxDuration = 60;

// GET /api/cron/abandoned-carts – expire old carts, mark idle ones abandoned and mail their recovery links
export const GET = cronRoute(() => abandonDormantCarts());
