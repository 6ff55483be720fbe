import { cronRoute } from "@/lib/jobs/cron-route";
import { expirePendingOrders } from "@/lib/orders/expire-pending-orders";

// GET /api/cron/expire-orders – cancel orders left unpaid and give back what they held
export const GET = cronRoute(() => expirePendingOrders());
export const dynamic = "force-dynamic";
