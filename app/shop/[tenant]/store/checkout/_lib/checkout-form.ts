import { z } from "zod";

// The checkout page's fields, as the shopper reads them: each message names its field the way
// the label does, and every problem is reported at once beside its field.

const text = (max: number) => z.string().trim().max(max, { error: `Use at most ${max} characters` });
const required = (max: number, message: string) => text(max).min(1, { error: message });
const optional = (max: number) => text(max).transform((v) => v || null);

export const addressFields = {
  line1: required(200, "Enter the street address"),
  line2: optional(200),
  city: required(100, "Enter the city"),
  state: optional(50).transform((v) => v?.toUpperCase() ?? null),
  postalCode: optional(20),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, { error: "Choose a country" })
    .transform((c) => c.toUpperCase()),
};

export const checkoutFormSchema = z.object({
  email: required(254, "Enter your email address").pipe(z.email({ error: "Enter a valid email address, like name@example.com" })),
  name: required(200, "Enter your full name"),
  phone: optional(40),
  ...addressFields,
  shippingRateId: required(300, "Choose a shipping method"),
  discountCode: optional(64),
  giftCertificateCode: optional(64),
  loyaltyPoints: text(9)
    .regex(/^\d*$/, { error: "Enter a whole number of points" })
    .transform((v) => (v ? Number(v) : null)),
  note: optional(2000),
  idempotencyKey: required(255, "Reload the page and try again"),
});

export type CheckoutForm = z.output<typeof checkoutFormSchema>;
export type FieldErrors = Partial<Record<keyof CheckoutForm, string>>;

const FIELDS = Object.keys(checkoutFormSchema.shape) as (keyof CheckoutForm)[];

/** The form's values (absent fields as ""), so a missing field is reported like an empty one. */
export function formValues(formData: FormData): Record<keyof CheckoutForm, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, typeof formData.get(f) === "string" ? (formData.get(f) as string) : ""])) as Record<keyof CheckoutForm, string>;
}

export function parseCheckoutForm(formData: FormData): { data: CheckoutForm; errors: null } | { data: null; errors: FieldErrors } {
  const parsed = checkoutFormSchema.safeParse(formValues(formData));
  if (parsed.success) return { data: parsed.data, errors: null };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof CheckoutForm;
    errors[field] ??= issue.message;
  }
  return { data: null, errors };
}

/** The order as lib/checkout/checkout.ts takes it (checkoutSchema's shape). */
export function toCheckoutInput(form: CheckoutForm, sessionId: string) {
  const address = Object.fromEntries(
    Object.entries({ name: form.name, line1: form.line1, line2: form.line2, city: form.city, state: form.state, postalCode: form.postalCode, country: form.country, phone: form.phone }).filter(
      ([, v]) => v !== null,
    ),
  );
  return {
    sessionId,
    customerEmail: form.email,
    customerName: form.name,
    customerPhone: form.phone ?? undefined,
    shippingAddress: address,
    billingAddress: address,
    shippingRateId: form.shippingRateId,
    discountCode: form.discountCode,
    giftCertificateCode: form.giftCertificateCode,
    loyaltyPoints: form.loyaltyPoints,
    customerNote: form.note,
  };
}
