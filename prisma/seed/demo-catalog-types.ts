// Shapes of the demo catalogue data. Money in integer cents.
export type DemoCategory = {
  slug: string;
  name: string;
  description: string;
  image: string | null; // path under public/, e.g. "/demo/categories/t-shirts.webp"
  parentSlug: string | null;
  order: number;
};

export type DemoOption = { name: string; values: string[] }; // e.g. { name: "Size", values: ["S","M","L"] }

export type DemoVariant = {
  sku: string;
  optionValues: string[]; // one value per option, in option order
  price: number | null; // null = product price
  compareAtPrice: number | null;
  inventory: number; // 0 = out of stock
};

export type DemoBulkPricing = { minQuantity: number; unitPrice: number };

export type DemoSide = {
  name: string; // "Front"
  slug: string; // "front"
  mockupImage: string; // path under public/
  printAreaX: number;
  printAreaY: number;
  printAreaWidth: number;
  printAreaHeight: number;
};

export type DemoStyle = { name: string; sides: DemoSide[] };

export type DemoProduct = {
  slug: string;
  name: string;
  shortDescription: string;
  description: string;
  categorySlug: string | null;
  price: number;
  compareAtPrice: number | null;
  sku: string;
  inventory: number; // stock of the base product when it has no variants
  featured: boolean;
  status: "active" | "draft" | "archived";
  designable: boolean;
  weightOz: number;
  images: { url: string; alt: string }[]; // paths under public/, first is the main image
  options: DemoOption[];
  variants: DemoVariant[];
  bulkPricing: DemoBulkPricing[];
  styles: DemoStyle[]; // only for designable products
  createdDaysAgo: number; // spreads createdAt so "newest" sorting is meaningful
};
