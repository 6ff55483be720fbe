import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { updateShipmentStatus, type ShipmentStatus } from "./shipments";

// EasyPost tracks a parcel (a label bought through it, or a tracker the merchant made for a
// tracking number) and posts each change to the store's webhook: the shipment with that tracking
// number follows it, and the order becomes delivered once all of it is.

const trackerEventSchema = z.object({
  id: z.string().min(1).max(100),
  description: z.string().max(100),
  result: z.looseObject({
    tracking_code: z.string().min(1).max(100),
    status: z.string().max(50),
  }),
});

export type TrackerEvent = z.infer<typeof trackerEventSchema>;

/** EasyPost's tracker statuses, as a shipment's; the rest (unknown, cancelled) move nothing. */
const SHIPMENT_STATUS_OF: Record<string, ShipmentStatus> = {
  pre_transit: "pending",
  in_transit: "in_transit",
  out_for_delivery: "in_transit",
  available_for_pickup: "in_transit",
  delivered: "delivered",
  return_to_sender: "returned",
  failure: "failure",
  error: "failure",
};

/**
 * The event, once its X-Hmac-Signature ("hmac-sha256-hex=" and the HMAC-SHA256 of the body under
 * the secret the store set on its EasyPost webhook) is right.
 */
export async function verifyEasyPostWebhook(siteId: number, body: string, signature: string | null): Promise<TrackerEvent> {
  const store = await db().store.findUnique({ where: { siteId }, select: { easypostWebhookSecret: true } });
  if (!store?.easypostWebhookSecret) throw new ApiError("service_unavailable", "EasyPost webhooks are not configured for this store");
  if (!signature) throw new ApiError("invalid_signature", "Missing X-Hmac-Signature header");
  const expected = Buffer.from(`hmac-sha256-hex=${createHmac("sha256", store.easypostWebhookSecret.normalize("NFKD")).update(body, "utf8").digest("hex")}`);
  const given = Buffer.from(signature.trim());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ApiError("invalid_signature", "Invalid EasyPost signature");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApiError("invalid_json", "The event is not JSON");
  }
  const event = trackerEventSchema.safeParse(json);
  if (!event.success) throw new ApiError("validation_error", `Not a tracker event: ${event.error.issues[0]?.path.join(".")}`);
  return event.data;
}

/**
 * Moves the shipment with the event's tracking number along (never back: see
 * updateShipmentStatus), then keeps the event on the order, once per EasyPost event id.
 */
export async function applyTrackerEvent(siteId: number, event: TrackerEvent): Promise<{ handled: boolean; duplicate?: boolean }> {
  if (!event.description.startsWith("tracker.")) return { handled: false };
  const shipment = await db().shipment.findFirst({
    where: { order: { siteId }, trackingNumber: event.result.tracking_code },
    orderBy: { id: "desc" },
    select: { id: true, orderId: true },
  });
  if (!shipment) return { handled: false };
  // The status first: it is idempotent, so a delivery that failed after it is simply made again.
  const status = SHIPMENT_STATUS_OF[event.result.status];
  if (status) await updateShipmentStatus(siteId, shipment.id, status, { actor: "carrier" });
  try {
    await db().trackingEvent.create({
      data: { orderId: shipment.orderId, shipmentId: shipment.id, eventType: event.description, status: event.result.status, providerEventId: event.id, payload: event as Prisma.InputJsonObject },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { handled: true, duplicate: true };
    throw error;
  }
  return { handled: true };
}
