import { cronRoute } from "@/lib/jobs/cron-route";
import { sendPendingConfirmations } from "@/lib/orders/send-pending-confirmations";

// Never prerendered or cached at build time: every call is a run of the job.
export const dynamic = "force-dynamic";
// Room for one mail per order; the job's limit keeps one run well inside it.
export const maxDuration = 60;

// GET /api/cron/order-confirmations – send the confirmations a crash or outage left unsent
export const GET = cronRoute(() => sendPendingConfirmations());
