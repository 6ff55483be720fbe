import { abandonDormantCarts } from "@/lib/cart/abandon-carts";
import { cronRoute } from "@/lib/jobs/cron-route";

// GET /api/cron/abandoned-carts – expire old carts, mark dormant ones abandoned and send recovery e-mails
export const GET = cronRoute(() => abandonDormantCarts());
export const dynamic = "force-dynamic";
