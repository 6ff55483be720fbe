import { z } from "zod";
import { db } from "@/lib/db";
import { ApiError, notFound } from "@/lib/api/errors";
import { positiveIdField, positiveIdString, timestamp } from "@/lib/api/schemas";
import { ownOrdersWhere } from "./orders";

const required = (field: string, max: number) =>
  z.string({ error: `${field} is required` }).trim().min(1, { error: `${field} is required` }).max(max, { error: `${field} is too long` });

export const createSupportMessageSchema = z.object({
  subject: required("subject", 200),
  body: required("body", 10_000),
  category: z.string().trim().min(1).max(50).default("general"),
  orderId: positiveIdField("orderId").nullish(),
});

export const supportReplyInputSchema = z.object({ body: required("body", 10_000) });

export const supportMessageParamSchema = z.object({
  messageId: positiveIdString("messageId must be a message id"),
});

const replySchema = z.object({ id: z.number().int(), authorType: z.enum(["customer", "staff"]), body: z.string(), createdAt: timestamp });

export const supportMessageSchema = z
  .object({
    id: z.number().int(),
    subject: z.string(),
    body: z.string(),
    category: z.string(),
    status: z.enum(["open", "answered", "closed"]),
    orderId: z.number().int().nullable(),
    lastActivityAt: timestamp,
    createdAt: timestamp,
    replyCount: z.number().int(),
  })
  .meta({ id: "SupportMessage" });

export const supportThreadSchema = supportMessageSchema.extend({ replies: z.array(replySchema) }).meta({ id: "SupportThread" });

const messageSelect = {
  id: true,
  subject: true,
  body: true,
  category: true,
  status: true,
  orderId: true,
  lastActivityAt: true,
  createdAt: true,
  _count: { select: { replies: true } },
} as const;

type MessageRow = { lastActivityAt: Date; createdAt: Date; _count: { replies: number } } & Omit<z.infer<typeof supportMessageSchema>, "lastActivityAt" | "createdAt" | "replyCount">;

const view = ({ _count, lastActivityAt, createdAt, ...message }: MessageRow) => ({
  ...message,
  lastActivityAt: lastActivityAt.toISOString(),
  createdAt: createdAt.toISOString(),
  replyCount: _count.replies,
});

/** GET /account/support: the customer's messages, latest activity first. */
export async function listSupportMessages(siteId: number, customerId: number) {
  const rows = await db().supportMessage.findMany({ where: { siteId, customerId }, orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }], select: messageSelect });
  return rows.map(view);
}

/** POST /account/support: a new message, about one of the customer's own orders if it names one. */
export async function createSupportMessage(siteId: number, customerId: number, input: z.output<typeof createSupportMessageSchema>) {
  if (input.orderId) {
    const own = await db().order.findFirst({ where: { ...(await ownOrdersWhere(siteId, customerId)), id: input.orderId }, select: { id: true } });
    if (!own) throw new ApiError("validation_error", "orderId: no such order of yours");
  }
  const row = await db().supportMessage.create({
    data: { siteId, customerId, subject: input.subject, body: input.body, category: input.category, orderId: input.orderId ?? null },
    select: messageSelect,
  });
  return view(row);
}

/** GET /account/support/{messageId}: a message of the customer's with its whole reply thread. */
export async function getSupportThread(siteId: number, customerId: number, messageId: number) {
  const row = await db().supportMessage.findFirst({
    where: { id: messageId, siteId, customerId },
    select: { ...messageSelect, replies: { orderBy: { id: "asc" }, select: { id: true, authorType: true, body: true, createdAt: true } } },
  });
  if (!row) throw notFound("Support message not found");
  const { replies, ...message } = row;
  return { ...view(message), replies: replies.map((r) => ({ ...r, authorType: r.authorType as "customer" | "staff", createdAt: r.createdAt.toISOString() })) };
}

/** POST /account/support/{messageId}: the customer replies; the thread reopens and moves to the top. */
export async function replyToSupportThread(siteId: number, customerId: number, messageId: number, body: string) {
  const now = new Date();
  const updated = await db().supportMessage.updateMany({ where: { id: messageId, siteId, customerId }, data: { lastActivityAt: now, status: "open" } });
  if (updated.count === 0) throw notFound("Support message not found");
  const reply = await db().supportReply.create({ data: { messageId, authorType: "customer", body, createdAt: now }, select: { id: true, authorType: true, body: true, createdAt: true } });
  return { ...reply, createdAt: reply.createdAt.toISOString() };
}
