// One step of the app in a process of its own, for tests that kill it part-way (SIGKILL, no
// cleanup) and then recover in another process: run with tests/support/crash-process.ts.
import { checkoutBody, deliverStripeEvent, postCheckout } from "./checkout-fixtures";
import { expirePendingOrders } from "@/lib/orders/expire-pending-orders";

export type CrashTask =
  | { kind: "checkout"; siteId: number; sessionId: string; idempotencyKey: string }
  | { kind: "webhook"; siteId: number; event: { id: string; type: string; object: Record<string, unknown> } }
  | { kind: "expire-orders"; siteId: number; now: string };

async function run(task: CrashTask) {
  switch (task.kind) {
    case "checkout":
      return postCheckout(task.siteId, checkoutBody(task.sessionId), { "Idempotency-Key": task.idempotencyKey });
    case "webhook":
      return deliverStripeEvent(task.siteId, task.event);
    case "expire-orders":
      return expirePendingOrders({ siteId: task.siteId, now: new Date(task.now) });
  }
}

const task = JSON.parse(process.argv[2]) as CrashTask;
run(task).then(
  (result) => {
    process.stdout.write(JSON.stringify(result));
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
