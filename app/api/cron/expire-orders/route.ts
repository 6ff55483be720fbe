import { cronRoute } from "@/lib/jobs/cron-route";
import { expirePendingOrders } from "@/lib/orders/expire-pending-orders";

// Never prerendered or cached at build time: every call is a run of the job.
export const dynamic = "force-dynamic";
// Room for two Stripe calls per order; the job's limit keeps one run well inside it.
export const maxDuration = 60;

// GET /api/cron/expire-orders – cancel orders left unpaid and give back what they held
export const GET = cronRoute(() => expirePendingOrders());
