import { cronRoute } from "@/lib/jobs/cron-route";
import { sendBackInStockAlerts } from "@/lib/stock-alerts/send-back-in-stock-alerts";

// Never prerendered or cached at build time: every call is a run of the job.
export const dynamic = "force-dynamic";
// Room for a batch of e-mails; the job's limit keeps one run well inside it.
export const maxDuration = 60;

// GET /api/cron/back-in-stock – mail the alerts of variants that have stock again, once each
export const GET = cronRoute(() => sendBackInStockAlerts());
