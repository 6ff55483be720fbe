import { z } from "zod";
import { cents, positiveIdField, timestamp } from "@/lib/api/schemas";

// A client-generated cart session id: a UUID in the spec's examples, any opaque id up to 128 characters.
export const sessionIdSchema = z
  .string({ error: "sessionId is required" })
  .trim()
  .min(1, { error: "sessionId is required" })
  .max(128, { error: "sessionId is too long" })
  .meta({ description: "Client-generated cart session id (a UUID kept in localStorage)" });


export const MAX_LINE_QUANTITY = 999;

export const cartQuerySchema = z.object({ sessionId: sessionIdSchema });

export const addCartItemSchema = z.object({
  sessionId: sessionIdSchema,
  productId: positiveIdField("productId"),
  variantId: positiveIdField("variantId").nullish(),
  quantity: z
    .number({ error: "quantity must be a whole number from 1" })
    .int({ error: "quantity must be a whole number from 1" })
    .min(1, { error: "quantity must be a whole number from 1" })
    .max(MAX_LINE_QUANTITY, { error: `quantity must be at most ${MAX_LINE_QUANTITY}` })
    .default(1),
  designId: z
    .union([z.uuid({ error: "designId must be a design UUID or numeric id" }), positiveIdField("designId")])
    .nullish()
    .meta({ description: "Saved design to print on this line: its UUID (either designer) or numeric id. It must be the caller's own (Bearer customer, sd_design_session cookie, or for a legacy client the sessionId), else 404 Design not found" }),
});

export type AddCartItemInput = z.output<typeof addCartItemSchema>;

export const updateCartItemSchema = z.object({
  sessionId: sessionIdSchema.meta({
    description: "The cart's session id; required so no one can change another shopper's cart by guessing item ids",
  }),
  cartItemId: positiveIdField("cartItemId"),
  quantity: z
    .number({ error: "quantity must be a whole number from 0" })
    .int({ error: "quantity must be a whole number from 0" })
    .min(0, { error: "quantity must be a whole number from 0" })
    .max(MAX_LINE_QUANTITY, { error: `quantity must be at most ${MAX_LINE_QUANTITY}` }),
});

export type UpdateCartItemInput = z.output<typeof updateCartItemSchema>;

export const recoverQuerySchema = z.object({
  token: z.string({ error: "token is required" }).trim().min(1, { error: "token is required" }).max(200),
});

export const cartDesignSchema = z
  .object({
    id: z.union([z.number().int(), z.string()]),
    uuid: z.string(),
    name: z.string(),
    thumbnailUrl: z.string().nullable(),
    previewUrl: z.string().nullable(),
  })
  .meta({ id: "CartItemDesign" });

export const cartItemSchema = z
  .object({
    id: z.number().int(),
    productId: z.number().int(),
    variantId: z.number().int().nullable(),
    designId: z.union([z.number().int(), z.string()]).nullable(),
    quantity: z.number().int(),
    unitPrice: cents("Unit price, bulk pricing applied"),
    lineTotal: cents("unitPrice × quantity"),
    productName: z.string(),
    productSlug: z.string(),
    variantName: z.string().nullable(),
    image: z.string().nullable(),
    design: cartDesignSchema.nullable(),
  })
  .meta({ id: "CartItem" });

export type CartItemView = z.infer<typeof cartItemSchema>;

export const cartSchema = z
  .object({
    cartId: z.number().int(),
    items: z.array(cartItemSchema),
    subtotal: cents("Sum of line totals"),
    itemCount: z.number().int().meta({ description: "Units in the cart" }),
  })
  .meta({ id: "Cart" });

export const emptyCartSchema = z
  .object({ items: z.array(cartItemSchema).length(0), subtotal: z.literal(0) })
  .meta({ id: "EmptyCart", description: "An empty or unknown cart: never a 404" });

export type CartContents = z.infer<typeof cartSchema>;
export type CartView = CartContents | z.infer<typeof emptyCartSchema>;

export const cartItemRowSchema = z
  .object({
    id: z.number().int(),
    cartId: z.number().int(),
    productId: z.number().int(),
    variantId: z.number().int().nullable(),
    designId: z.union([z.number().int(), z.string()]).nullable(),
    quantity: z.number().int(),
    unitPrice: cents("Unit price"),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "CartItemRow" });

export type CartItemRow = z.infer<typeof cartItemRowSchema>;
