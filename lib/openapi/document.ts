import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { registerAccountRoutes } from "@/lib/account/openapi";
import { registerAiRoutes } from "@/lib/ai/openapi";
import { registerDesignRoutes } from "@/lib/designs/openapi";
import { errorCodes } from "@/lib/api/error-codes";
import { registerCartRoutes } from "@/lib/cart/openapi";
import { registerCatalogRoutes } from "@/lib/catalog/openapi";
import { registerCheckoutRoutes } from "@/lib/checkout/openapi";
import { registerCustomerRoutes } from "@/lib/customers/openapi";
import { registerDiscountRoutes } from "@/lib/discounts/openapi";
import { registerLoyaltyRoutes } from "@/lib/loyalty/openapi";
import { registerOrderRoutes } from "@/lib/orders/openapi";
import { registerReviewRoutes } from "@/lib/reviews/openapi";
import { registerStockAlertRoutes } from "@/lib/stock-alerts/openapi";
import { registerSubscriptionRoutes } from "@/lib/subscriptions/openapi";
import { registerShippingRoutes } from "@/lib/shipping/openapi";
import { registerWishlistRoutes } from "@/lib/wishlist/openapi";

// Each area registers its own routes from the same zod schemas its handlers validate with.
const areas = [registerCatalogRoutes, registerCartRoutes, registerDiscountRoutes, registerShippingRoutes, registerCheckoutRoutes, registerCustomerRoutes, registerWishlistRoutes, registerOrderRoutes, registerAccountRoutes, registerLoyaltyRoutes, registerReviewRoutes, registerSubscriptionRoutes, registerStockAlertRoutes, registerDesignRoutes, registerAiRoutes];

/** Every documented operation with the zod schemas its handler validates and answers with. */
export function storefrontRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  for (const register of areas) register(registry);
  return registry;
}

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | null = null;

/** The Storefront API's OpenAPI 3.1 description. */
export function openApiDocument() {
  if (cached) return cached;
  cached = new OpenApiGeneratorV31(storefrontRegistry().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Storefront API",
      version: "1.0.0",
      description: [
        "Catalogue, cart, checkout, orders, customer accounts and the product designer of every tenant site, under `/api/storefront/{siteId}/`.",
        "Every answer is an envelope: `{ success: true, data }` or `{ success: false, message, errorCode }`. Clients branch on `errorCode`, never on `message`.",
        "Money is in integer cents of the store's currency; timestamps are UTC ISO-8601.",
        "",
        "Error codes:",
        ...Object.entries(errorCodes).map(([code, { status, description }]) => `- \`${code}\` (${status}): ${description}`),
      ].join("\n"),
    },
    tags: [
      { name: "Products", description: "The catalogue" },
      { name: "Categories", description: "Category tree with live product counts" },
      { name: "Cart", description: "Server-side carts keyed by a client-generated sessionId" },
      { name: "Discounts", description: "Discount codes" },
      { name: "Gift certificates", description: "Gift certificate balances" },
      { name: "Shipping", description: "Manual and live shipping rates for a destination" },
      { name: "Checkout", description: "Orders, payments through Stripe, demo payments and webhooks" },
      { name: "Orders", description: "Guest order lookup" },
      { name: "Auth", description: "Customer accounts and Bearer sessions" },
      { name: "Account", description: "The signed-in customer's own data (Authorization: Bearer <token>)" },
      { name: "Reviews", description: "Product reviews by customers who bought the product, shown once the merchant approves them" },
      { name: "Designs", description: "The custom product designer: designs, uploads, AI artwork, rendering (Bearer token or sd_design_session cookie)" },
    ],
  });
  return cached;
}
