import { z } from "zod";
import { timestamp } from "@/lib/api/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

// A shipment as the API shows it, apart from the code that writes shipments so the order views
// (guest lookup, account) can include it without the write path.
export const SHIPMENT_STATUSES = ["pending", "in_transit", "delivered", "returned", "failure"] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const shipmentSchema = z
  .object({
    id: z.number().int(),
    carrier: z.string().nullable(),
    service: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    trackingUrl: z.string().nullable().meta({ description: "The carrier's tracking page, when known" }),
    status: z.enum(SHIPMENT_STATUSES),
    shippedAt: timestamp.nullable(),
    deliveredAt: timestamp.nullable(),
    items: z
      .array(z.object({ orderItemId: z.number().int(), productName: z.string(), variantName: z.string().nullable(), quantity: z.number().int() }))
      .meta({ description: "The order's items in this parcel; an order may ship in several" }),
  })
  .meta({ id: "OrderShipment" });

export type ShipmentView = z.infer<typeof shipmentSchema>;

export const shipmentSelect = {
  id: true,
  carrier: true,
  service: true,
  trackingNumber: true,
  trackingUrl: true,
  status: true,
  shippedAt: true,
  deliveredAt: true,
  items: { orderBy: { id: "asc" }, select: { orderItemId: true, quantity: true, orderItem: { select: { productName: true, variantName: true } } } },
} satisfies Prisma.ShipmentSelect;

type ShipmentRow = Prisma.ShipmentGetPayload<{ select: typeof shipmentSelect }>;

// Rows written before statuses were checked (or by hand) read as pending rather than break the schema.
const statusOf = (status: string): ShipmentStatus => ((SHIPMENT_STATUSES as readonly string[]).includes(status) ? (status as ShipmentStatus) : "pending");

export function toShipmentView(row: ShipmentRow): ShipmentView {
  return {
    id: row.id,
    carrier: row.carrier,
    service: row.service,
    trackingNumber: row.trackingNumber,
    trackingUrl: row.trackingUrl,
    status: statusOf(row.status),
    shippedAt: row.shippedAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    items: row.items.map((i) => ({ orderItemId: i.orderItemId, productName: i.orderItem.productName, variantName: i.orderItem.variantName, quantity: i.quantity })),
  };
}

