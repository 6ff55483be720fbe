import { z } from "zod";
import { cents } from "@/lib/api/schemas";

/** Query strings send "" for a cleared field; treat it as absent. */
const blankAsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optionalText = (max: number) => z.preprocess(blankAsAbsent, z.string().trim().max(max, { error: `must be at most ${max} characters` }).optional());

const positive = () => z.number({ error: "must be a positive number" }).positive({ error: "must be a positive number" }).max(10_000, { error: "is too large" });

const PARCEL_EXAMPLE = '{"lengthIn":6,"widthIn":4,"heightIn":2,"weightOz":8}';

/** Inches and ounces: the units EasyPost's Parcel takes. */
export const parcelSchema = z
  .object(
    { lengthIn: positive(), widthIn: positive(), heightIn: positive(), weightOz: positive() },
    { error: `must be a JSON object like ${PARCEL_EXAMPLE}` },
  )
  .meta({ id: "Parcel" });

export type Parcel = z.output<typeof parcelSchema>;

const parcelQuery = z.preprocess(
  blankAsAbsent,
  z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: `must be JSON like ${PARCEL_EXAMPLE}` });
        return z.NEVER;
      }
    })
    .pipe(parcelSchema)
    .optional(),
);

const MAX_INT4 = 2_147_483_647;
const MAX_IDS = 100;

// "12,13" → [12, 13]; a repeated id counts one more unit of that item.
const idListQuery = (field: string) => {
  const message = `${field} must be comma-separated positive integers`;
  return z.preprocess(
    blankAsAbsent,
    z
      .string()
      .transform((text, ctx) => {
        const parts = text.split(",").map((part) => part.trim());
        const ids = parts.map((part) => (/^[1-9]\d{0,9}$/.test(part) ? Number(part) : NaN));
        if (ids.some((id) => !(id <= MAX_INT4))) ctx.addIssue({ code: "custom", message });
        else if (ids.length > MAX_IDS) ctx.addIssue({ code: "custom", message: `${field} lists at most ${MAX_IDS} ids` });
        return ids;
      })
      .optional(),
  );
};

export const shippingQuerySchema = z.object({
  country: z.preprocess(
    blankAsAbsent,
    z
      .string({ error: "country is required" })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { error: "country must be an ISO 3166-1 alpha-2 code, e.g. US" })
      .meta({ description: "ISO 3166-1 alpha-2 country code, e.g. US; upper-cased before use" }),
  ),
  state: optionalText(50)
    .transform((s) => s?.toUpperCase())
    .meta({ description: "State or province code, e.g. OR" }),
  postalCode: optionalText(20).meta({ description: "Postal code; required for live EasyPost rates" }),
  city: optionalText(100).meta({ description: "City, for the Printful recipient" }),
  parcel: parcelQuery.meta({ description: `Parcel as a JSON string, e.g. ${PARCEL_EXAMPLE}; default: the store's default parcel` }),
  variantIds: idListQuery("variantIds").meta({ description: "Comma-separated variant ids, for Printful print-on-demand rates" }),
  productIds: idListQuery("productIds").meta({ description: "Comma-separated product ids of Printful items without a variant" }),
  recipientName: optionalText(100)
    .transform((name) => name ?? "Customer")
    .meta({ description: 'Recipient name for Printful (default "Customer")' }),
  email: z.preprocess(
    blankAsAbsent,
    z.email({ error: "email must be a valid email address" }).max(254).optional().meta({ description: "Recipient email for Printful" }),
  ),
});

export type ShippingQuery = z.output<typeof shippingQuerySchema>;

/** Where a parcel goes; checkout builds one from its shipping address. */
export type ShippingDestination = {
  country: string;
  state?: string | null;
  postalCode?: string | null;
  city?: string | null;
  recipientName?: string | null;
  email?: string | null;
};

const days = (description: string) => z.number().int().nullable().meta({ description });

export const manualShippingRateSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    rateType: z.enum(["flat", "free"]),
    price: cents("Price; checkout makes it free when the subtotal reaches freeAbove"),
    freeAbove: cents("Subtotal from which this rate is free").nullable(),
    minDeliveryDays: days("Fewest business days in transit"),
    maxDeliveryDays: days("Most business days in transit"),
    zoneName: z.string(),
  })
  .meta({ id: "ManualShippingRate", description: "A rate configured in the portal, of the most specific zone matching the destination" });

export const SHIPPING_PROVIDERS = ["easypost", "printful"] as const;

export const liveShippingRateSchema = z
  .object({
    id: z
      .string()
      .regex(/^(live|printful):.+$/)
      .meta({ description: '"live:<EasyPost rate id>" or "printful:<Printful shipping method id>"; pass it as shippingRateId at checkout' }),
    name: z.string(),
    rateType: z.literal("live"),
    price: cents("Price quoted by the provider"),
    freeAbove: z.null(),
    minDeliveryDays: days("Fewest days in transit, when the provider says"),
    maxDeliveryDays: days("Most days in transit, when the provider says"),
    zoneName: z.string(),
    provider: z.enum(SHIPPING_PROVIDERS),
    carrier: z.string(),
    service: z.string(),
    shipmentId: z.string().nullable().meta({ description: "EasyPost shipment id; null for Printful" }),
    rateToken: z.string().meta({ description: "The provider's own id of the rate" }),
  })
  .meta({ id: "LiveShippingRate", description: "A rate quoted live by EasyPost or Printful" });

export const shippingRateSchema = z.union([manualShippingRateSchema, liveShippingRateSchema]).meta({ id: "ShippingRate" });

export type ManualShippingRate = z.infer<typeof manualShippingRateSchema>;
export type LiveShippingRate = z.infer<typeof liveShippingRateSchema>;
export type ShippingRateView = ManualShippingRate | LiveShippingRate;

/** A rate chosen at checkout, priced now: by our own table or by asking the provider again. */
export type ResolvedShippingRate = {
  id: number | string;
  name: string;
  price: number;
  freeAbove: number | null;
  carrier: string | null;
  service: string | null;
  provider: "manual" | (typeof SHIPPING_PROVIDERS)[number];
};
