import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/customers/password";
import {
  demoCategories,
  demoProducts,
  demoSecondSiteCategories,
  demoSecondSiteProducts,
} from "./demo-catalog";
import type { DemoCategory, DemoProduct } from "./demo-catalog-types";
import { seedDemoTemplates } from "./demo-templates";

export const DEMO_SITE_ID = 1;
export const SECOND_SITE_ID = 2;
export const DEMO_LOGIN = { email: "shopper@example.com", password: "maple-and-thread-2026" };
export const SECOND_SITE_LOGIN = { email: "shopper@example.com", password: "ridgeline-roasters-2026" };

const DAY_MS = 86_400_000;

/**
 * Seeds the two demo sites unless the database already has sites: a first start fills an empty
 * database, later starts leave the merchant's data alone. Answers whether it seeded.
 */
export async function seedDemo(prisma: Db, { origin }: { origin: string }): Promise<boolean> {
  if ((await prisma.site.count()) > 0) return false;
  const now = Date.now();

  await prisma.site.create({
    data: {
      id: DEMO_SITE_ID,
      name: "Maple & Thread",
      store: {
        create: {
          name: "Maple & Thread",
          baseUrl: origin,
          currency: "USD",
          locale: "en-US",
          supportEmail: "help@maple-and-thread.example",
          demoPaymentsEnabled: true,
          // 5 points a dollar, a cent a point: 5% back in points, and tiers to climb.
          loyaltyEnabled: true,
          loyaltyPointsPerDollar: 5,
          loyaltyPointValueCents: 1,
          loyaltyTiers: [
            { name: "Bronze", minLifetimePoints: 0 },
            { name: "Silver", minLifetimePoints: 1000 },
            { name: "Gold", minLifetimePoints: 5000 },
          ],
          shipFromAddress: { line1: "200 Harbor Way", city: "Portland", state: "OR", postalCode: "97201", country: "US" },
          defaultParcel: { lengthIn: 10, widthIn: 8, heightIn: 4, weightOz: 16 },
        },
      },
    },
  });
  await seedCatalog(prisma, DEMO_SITE_ID, demoCategories, demoProducts, now);
  await seedDemoTemplates(prisma, DEMO_SITE_ID);
  await seedCommerceSettings(prisma, DEMO_SITE_ID, now);
  await seedSubscriptionPlans(prisma, DEMO_SITE_ID);
  await prisma.customer.create({
    data: {
      siteId: DEMO_SITE_ID,
      email: DEMO_LOGIN.email,
      passwordHash: await hashPassword(DEMO_LOGIN.password),
      firstName: "Sam",
      lastName: "Rivera",
      phone: "+1 503 555 0142",
      emailVerified: true,
      addresses: {
        create: {
          label: "Home",
          firstName: "Sam",
          lastName: "Rivera",
          line1: "1420 SE Alder St",
          city: "Portland",
          state: "OR",
          postalCode: "97214",
          country: "US",
          isDefaultShipping: true,
          isDefaultBilling: true,
        },
      },
    },
  });

  // A small second shop proves isolation: same customer email, same discount code, a shared slug.
  await prisma.site.create({
    data: {
      id: SECOND_SITE_ID,
      name: "Ridgeline Coffee Roasters",
      store: {
        create: { name: "Ridgeline Coffee Roasters", baseUrl: `${origin}/s/${SECOND_SITE_ID}`, currency: "CAD", locale: "en-CA" },
      },
    },
  });
  await seedCatalog(prisma, SECOND_SITE_ID, demoSecondSiteCategories, demoSecondSiteProducts, now);
  await prisma.discountCode.create({
    data: { siteId: SECOND_SITE_ID, code: "WELCOME10", description: "5% off your first bag", discountType: "percent", amount: 500 },
  });
  await prisma.customer.create({
    data: {
      siteId: SECOND_SITE_ID,
      email: SECOND_SITE_LOGIN.email,
      passwordHash: await hashPassword(SECOND_SITE_LOGIN.password),
      firstName: "Sam",
      lastName: "Okafor",
      emailVerified: true,
    },
  });

  // Explicit ids above leave the sequence behind; move it past them.
  await prisma.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Site"', 'id'), (SELECT MAX(id) FROM "Site"))`);
  return true;
}

async function seedCatalog(prisma: Db, siteId: number, categories: DemoCategory[], products: DemoProduct[], now: number) {
  const categoryIds = new Map<string, number>();
  // Parents first, so every child can point at an existing row.
  const pending = [...categories];
  while (pending.length) {
    const index = pending.findIndex((c) => c.parentSlug === null || categoryIds.has(c.parentSlug));
    if (index < 0) throw new Error(`Demo categories reference unknown parents: ${pending.map((c) => c.slug).join(", ")}`);
    const [category] = pending.splice(index, 1);
    const row = await prisma.category.create({
      data: {
        siteId,
        name: category.name,
        slug: category.slug,
        description: category.description,
        image: category.image,
        order: category.order,
        parentId: category.parentSlug ? categoryIds.get(category.parentSlug) : null,
      },
    });
    categoryIds.set(category.slug, row.id);
  }
  for (const product of products) await seedProduct(prisma, siteId, product, categoryIds, now);
}

async function seedProduct(prisma: Db, siteId: number, p: DemoProduct, categoryIds: Map<string, number>, now: number) {
  const createdAt = new Date(now - p.createdDaysAgo * DAY_MS);
  const product = await prisma.product.create({
    data: {
      siteId,
      categoryId: p.categorySlug ? categoryIds.get(p.categorySlug) ?? null : null,
      name: p.name,
      slug: p.slug,
      shortDescription: p.shortDescription,
      description: p.description,
      sku: p.sku,
      price: p.price,
      compareAtPrice: p.compareAtPrice,
      inventory: p.inventory,
      status: p.status,
      featured: p.featured,
      designable: p.designable,
      weightOz: p.weightOz,
      createdAt,
      images: { create: p.images.map((image, order) => ({ url: image.url, alt: image.alt, order })) },
      bulkPricing: { create: p.bulkPricing },
      styles: {
        create: p.styles.map((style, order) => ({
          name: style.name,
          order,
          sides: { create: style.sides.map((side, sideOrder) => ({ ...side, order: sideOrder })) },
        })),
      },
    },
  });

  const valueIds = new Map<string, number>(); // "optionIndex:value" → option value id
  for (const [optionOrder, option] of p.options.entries()) {
    const created = await prisma.productOption.create({
      data: {
        productId: product.id,
        name: option.name,
        order: optionOrder,
        values: { create: option.values.map((value, order) => ({ value, order })) },
      },
      select: { values: { select: { id: true, value: true } } },
    });
    for (const value of created.values) valueIds.set(`${optionOrder}:${value.value}`, value.id);
  }
  for (const [order, variant] of p.variants.entries()) {
    await prisma.productVariant.create({
      data: {
        productId: product.id,
        name: `${p.name} – ${variant.optionValues.join(" / ")}`,
        sku: variant.sku,
        price: variant.price,
        compareAtPrice: variant.compareAtPrice,
        inventory: variant.inventory,
        order,
        optionValues: {
          create: variant.optionValues.map((value, optionIndex) => {
            const optionValueId = valueIds.get(`${optionIndex}:${value}`);
            if (!optionValueId) throw new Error(`Variant ${variant.sku} names unknown option value ${value}`);
            return { optionValueId };
          }),
        },
      },
    });
  }
}

/** The socks on subscription, two ways; each plan's Stripe price is made on its first sale. */
async function seedSubscriptionPlans(prisma: Db, siteId: number) {
  const socks = await prisma.product.findUniqueOrThrow({ where: { siteId_slug: { siteId, slug: "striped-crew-socks" } }, select: { id: true } });
  await prisma.subscriptionPlan.createMany({
    data: [
      { siteId, productId: socks.id, name: "Monthly", interval: "month", intervalCount: 1, price: 2000, currency: "USD" },
      { siteId, productId: socks.id, name: "Every 3 months", interval: "month", intervalCount: 3, price: 2200, currency: "USD" },
    ],
  });
}

async function seedCommerceSettings(prisma: Db, siteId: number, now: number) {
  const inDays = (days: number) => new Date(now + days * DAY_MS);
  await prisma.discountCode.createMany({
    data: [
      { siteId, code: "WELCOME10", description: "10% off your order", discountType: "percent", amount: 1000 },
      { siteId, code: "SUMMER20", description: "20% off orders over $50", discountType: "percent", amount: 2000, minOrderAmount: 5000, expiresAt: inDays(90) },
      { siteId, code: "SAVE5", description: "$5 off orders over $25", discountType: "fixed_amount", amount: 500, minOrderAmount: 2500 },
      { siteId, code: "FREESHIP", description: "Free shipping on any order", discountType: "free_shipping", amount: 0 },
      { siteId, code: "SPRING15", description: "Last season's 15% off", discountType: "percent", amount: 1500, expiresAt: inDays(-30) },
      { siteId, code: "FIRST100", description: "$10 off for our first 100 orders", discountType: "fixed_amount", amount: 1000, maxUses: 100, usedCount: 100 },
    ],
  });
  await prisma.giftCertificate.createMany({
    data: [
      { siteId, code: "GIFT-MAPLE-5000", initialAmount: 5000, remainingAmount: 5000, recipientEmail: "friend@example.com" },
      { siteId, code: "GIFT-MAPLE-2500", initialAmount: 10000, remainingAmount: 2500 },
      { siteId, code: "GIFT-MAPLE-USED", initialAmount: 2500, remainingAmount: 0, status: "redeemed" },
      { siteId, code: "GIFT-MAPLE-OLD", initialAmount: 5000, remainingAmount: 5000, status: "expired", expiresAt: inDays(-10) },
    ],
  });
  const zones = [
    {
      name: "Pacific Northwest",
      countries: ["US"],
      states: ["OR", "WA"],
      rates: [{ name: "Local Courier", price: 495, freeAbove: 4000, minDeliveryDays: 1, maxDeliveryDays: 2 }],
    },
    {
      name: "Domestic",
      countries: ["US"],
      states: [],
      rates: [
        { name: "Standard Shipping", price: 595, freeAbove: 5000, minDeliveryDays: 3, maxDeliveryDays: 7 },
        { name: "Express Shipping", price: 1495, freeAbove: null, minDeliveryDays: 1, maxDeliveryDays: 2 },
      ],
    },
    { name: "Canada", countries: ["CA"], states: [], rates: [{ name: "Canada Standard", price: 1295, freeAbove: 10000, minDeliveryDays: 5, maxDeliveryDays: 10 }] },
    { name: "International", countries: [], states: [], rates: [{ name: "International Tracked", price: 2495, freeAbove: null, minDeliveryDays: 7, maxDeliveryDays: 21 }] },
  ];
  for (const [order, zone] of zones.entries()) {
    await prisma.shippingZone.create({
      data: {
        siteId,
        name: zone.name,
        countries: zone.countries,
        states: zone.states,
        order,
        rates: { create: zone.rates.map((rate, rateOrder) => ({ ...rate, order: rateOrder })) },
      },
    });
  }
  await prisma.taxRate.createMany({
    data: [
      { siteId, name: "California sales tax", country: "US", state: "CA", rate: 725 },
      { siteId, name: "Washington sales tax", country: "US", state: "WA", rate: 650 },
      { siteId, name: "New York sales tax", country: "US", state: "NY", rate: 400, includesShipping: true },
      { siteId, name: "Canada GST", country: "CA", state: null, rate: 500 },
    ],
  });
}
