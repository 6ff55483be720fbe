// Demo catalogue for the seed script: a small merch & homeware shop ("main" site)
// plus a tiny coffee roaster (second site). Money is in integer cents.
// Every image path points at a file made by scripts/generate-demo-images.ts,
// which reads this module, so paths and files always match.
import type {
  DemoBulkPricing,
  DemoCategory,
  DemoOption,
  DemoProduct,
  DemoSide,
  DemoStyle,
  DemoVariant,
} from "./demo-catalog-types";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** "Heather Grey" -> "heather-grey" */
export function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/["'’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Short SKU code for an option value: "M" -> "M", "Heather Grey" -> "HG", "18 oz" -> "18OZ", "Black" -> "BLK". */
function skuCode(value: string): string {
  const alnum = value.toUpperCase().replace(/[^A-Z0-9]+/g, "");
  if (/\d/.test(value) || alnum.length <= 3) return alnum;
  const words = value.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length > 1) return words.map((w) => w[0]!.toUpperCase()).join("");
  // consonant-ish abbreviation: first letter + next two consonants ("Black" -> "BLK", "Natural" -> "NTR")
  const rest = alnum.slice(1).replace(/[AEIOU]/g, "").replace(/CK/g, "K");
  return (alnum[0]! + rest).slice(0, 3).padEnd(3, alnum.slice(1));
}

/** Small deterministic hash so generated stock levels are stable between runs. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Every combination of option values, in option order. */
function combinations(options: DemoOption[]): string[][] {
  return options.reduce<string[][]>(
    (acc, option) => acc.flatMap((combo) => option.values.map((value) => [...combo, value])),
    [[]],
  );
}

type VariantRules = {
  /** Price override for any variant that has this option value (last match wins). */
  priceBy?: Record<string, number>;
  /** Exact combinations that are out of stock, e.g. [["Black", "XL"]]. */
  soldOut?: string[][];
  /** Fixed stock for every other variant; default is a stable 6..59 per SKU. */
  stock?: number;
};

/** Builds one variant per option combination, SKU = `${skuPrefix}-${codes}`. */
export function variantsFor(skuPrefix: string, options: DemoOption[], rules: VariantRules = {}): DemoVariant[] {
  const soldOut = new Set((rules.soldOut ?? []).map((combo) => combo.join("|")));
  return combinations(options).map((optionValues) => {
    const sku = [skuPrefix, ...optionValues.map(skuCode)].join("-");
    let price: number | null = null;
    for (const value of optionValues) {
      const override = rules.priceBy?.[value];
      if (override !== undefined) price = override;
    }
    const inventory = soldOut.has(optionValues.join("|")) ? 0 : (rules.stock ?? 6 + (hash(sku) % 54));
    return { sku, optionValues, price, compareAtPrice: null, inventory };
  });
}

const SIZES: DemoOption = { name: "Size", values: ["S", "M", "L", "XL"] };
const color = (...values: string[]): DemoOption => ({ name: "Color", values });
const POSTER_SIZES: DemoOption = { name: "Size", values: ['8x10"', '12x16"', '18x24"'] };
const POSTER_PRICES = { '8x10"': 2400, '12x16"': 3400, '18x24"': 4800 };

/** Gallery image paths: /demo/<dir>/<slug>-<n>.webp, one per alt text. */
function gallery(dir: string, slug: string, alts: string[]): DemoProduct["images"] {
  return alts.map((alt, i) => ({ url: `/demo/${dir}/${slug}-${i + 1}.webp`, alt }));
}

/** Print side on an 800x800 mockup image at /demo/mockups/<product>-<style>-<side>.png */
function side(productSlug: string, style: string, name: string, [x, y, width, height]: [number, number, number, number]): DemoSide {
  const slug = slugify(name);
  return {
    name,
    slug,
    mockupImage: `/demo/mockups/${productSlug}-${slugify(style)}-${slug}.png`,
    printAreaX: x,
    printAreaY: y,
    printAreaWidth: width,
    printAreaHeight: height,
  };
}

/** Same sides (and print areas) for each style. */
function stylesFor(productSlug: string, styles: string[], sides: Record<string, [number, number, number, number]>): DemoStyle[] {
  return styles.map((style) => ({
    name: style,
    sides: Object.entries(sides).map(([name, area]) => side(productSlug, style, name, area)),
  }));
}

type ProductInput = Pick<
  DemoProduct,
  "slug" | "name" | "shortDescription" | "description" | "categorySlug" | "price" | "sku" | "weightOz" | "createdDaysAgo"
> &
  Partial<Pick<DemoProduct, "compareAtPrice" | "inventory" | "featured" | "status" | "options" | "bulkPricing" | "styles">> & {
    variantRules?: VariantRules;
    /** Alt texts, one per image; default is one image with the product name. */
    imageAlts?: string[];
  };

function makeProduct(dir: string, p: ProductInput): DemoProduct {
  const options = p.options ?? [];
  const variants = options.length > 0 ? variantsFor(p.sku, options, p.variantRules) : [];
  const styles = p.styles ?? [];
  return {
    slug: p.slug,
    name: p.name,
    shortDescription: p.shortDescription,
    description: p.description,
    categorySlug: p.categorySlug,
    price: p.price,
    compareAtPrice: p.compareAtPrice ?? null,
    sku: p.sku,
    // With variants, the base stock mirrors the total so "any stock?" checks agree.
    inventory: variants.length > 0 ? variants.reduce((sum, v) => sum + v.inventory, 0) : (p.inventory ?? 40),
    featured: p.featured ?? false,
    status: p.status ?? "active",
    designable: styles.length > 0,
    weightOz: p.weightOz,
    images: gallery(dir, p.slug, p.imageAlts ?? [p.name]),
    options,
    variants,
    bulkPricing: p.bulkPricing ?? [],
    styles,
    createdDaysAgo: p.createdDaysAgo,
  };
}

const product = (p: ProductInput) => makeProduct("products", p);
const site2Product = (p: ProductInput) => makeProduct("site2/products", p);

const bulk = (...tiers: [number, number][]): DemoBulkPricing[] =>
  tiers.map(([minQuantity, unitPrice]) => ({ minQuantity, unitPrice }));

function category(slug: string, name: string, description: string, parentSlug: string | null, order: number, dir = "categories"): DemoCategory {
  return { slug, name, description, image: `/demo/${dir}/${slug}.webp`, parentSlug, order };
}

// ---------------------------------------------------------------------------
// Main shop: categories
// ---------------------------------------------------------------------------

export const demoCategories: DemoCategory[] = [
  category("apparel", "Apparel", "Soft, hard-wearing basics cut and sewn in small runs, made to be worn until they fall apart.", null, 1),
  category("t-shirts", "T-Shirts", "Ring-spun cotton tees in everyday weights, from lightweight organic crews to boxy heavyweights.", "apparel", 1),
  category("hoodies", "Hoodies & Sweatshirts", "Brushed-back fleece hoodies and crewnecks for cold mornings and long evenings.", "apparel", 2),
  category("headwear", "Headwear", "Caps, beanies and bucket hats that finish an outfit and survive a rainy commute.", "apparel", 3),
  category("drinkware", "Drinkware", "Mugs, cups and bottles for the first coffee of the day and everything after.", null, 2),
  category("mugs", "Mugs", "Ceramic, stoneware and enamel mugs that are dishwasher safe and pleasingly weighty in the hand.", "drinkware", 1),
  category("bottles-tumblers", "Bottles & Tumblers", "Insulated steel bottles and tumblers that keep drinks cold all day or hot through the commute.", "drinkware", 2),
  category("bags", "Bags", "Canvas totes, pouches and packs built with reinforced seams for groceries, books and weekend trips.", null, 3),
  category("home", "Home", "Small things that make a room feel lived in: prints, candles and soft textiles.", null, 4),
  category("posters", "Posters & Prints", "Giclée prints on heavy matte paper, available framed or unframed in three sizes.", "home", 1),
  category("candles", "Candles", "Hand-poured soy wax candles with cotton wicks and clean, grown-up scents.", "home", 2),
  category("accessories", "Accessories", "Pins, stickers, key fobs and bandanas: the small extras that make good gifts.", null, 5),
  category("stationery", "Stationery", "Notebooks and letterpress cards printed on recycled paper for lists, sketches and thank-you notes.", null, 6),
];

// ---------------------------------------------------------------------------
// Main shop: products
// ---------------------------------------------------------------------------

export const demoProducts: DemoProduct[] = [
  // --- T-shirts -------------------------------------------------------------
  product({
    slug: "classic-crew-tee",
    name: "Classic Crew Tee",
    shortDescription: "Our everyday 5.3 oz cotton crew neck, ready for your own design.",
    description:
      "A mid-weight tee in combed ring-spun cotton with a taped neck and a regular fit that keeps its shape wash after wash. Upload artwork for the front and back in the designer and we print it to order with water-based inks.",
    categorySlug: "t-shirts",
    price: 2400,
    sku: "TEE-CLASSIC",
    weightOz: 6,
    featured: true,
    createdDaysAgo: 3,
    options: [SIZES, color("White", "Black")],
    variantRules: { priceBy: { XL: 2600 }, soldOut: [["XL", "Black"]] },
    bulkPricing: bulk([10, 2100], [50, 1800], [100, 1600]),
    styles: stylesFor("classic-crew-tee", ["White", "Black"], {
      Front: [285, 260, 230, 300],
      Back: [285, 230, 230, 320],
    }),
    imageAlts: ["Classic Crew Tee in white, front view", "Classic Crew Tee in black, front view"],
  }),
  product({
    slug: "heavyweight-pocket-tee",
    name: "Heavyweight Pocket Tee",
    shortDescription: "A boxy 7 oz tee with a chest pocket and a dense, structured hand.",
    description:
      "Knitted from thick open-end cotton, this tee has dropped shoulders, a slightly cropped boxy body and a reinforced chest pocket. It softens with every wash without losing its drape.",
    categorySlug: "t-shirts",
    price: 3200,
    sku: "TEE-POCKET",
    weightOz: 8,
    createdDaysAgo: 18,
    options: [SIZES, color("Oatmeal", "Forest")],
    variantRules: { soldOut: [["S", "Forest"]] },
    imageAlts: ["Heavyweight Pocket Tee in oatmeal", "Heavyweight Pocket Tee in forest green"],
  }),
  product({
    slug: "organic-v-neck-tee",
    name: "Organic Cotton V-Neck",
    shortDescription: "A lightweight GOTS-certified organic cotton tee with a shallow V neck.",
    description:
      "Cut from airy 4.5 oz organic jersey and garment-dyed in small batches, so every piece has a slightly lived-in tone. The shallow neckline layers well under shirts and cardigans.",
    categorySlug: "t-shirts",
    price: 2800,
    compareAtPrice: 3400,
    sku: "TEE-VNECK",
    weightOz: 5,
    createdDaysAgo: 41,
    options: [SIZES, color("Sage", "Clay")],
    imageAlts: ["Organic Cotton V-Neck in sage", "Organic Cotton V-Neck in clay"],
  }),
  product({
    slug: "long-sleeve-raglan-tee",
    name: "Long Sleeve Raglan Tee",
    shortDescription: "A two-tone baseball tee with raglan sleeves and ribbed cuffs.",
    description:
      "The classic three-quarter raglan reimagined with full-length sleeves in a contrast colour. A tri-blend fabric keeps it soft and slightly stretchy, ideal for layering in spring and autumn.",
    categorySlug: "t-shirts",
    price: 3400,
    sku: "TEE-RAGLAN",
    weightOz: 7,
    createdDaysAgo: 27,
    options: [SIZES],
    variantRules: { soldOut: [["S"]] },
  }),
  product({
    slug: "mountain-line-graphic-tee",
    name: "Mountain Line Graphic Tee",
    shortDescription: "A soft navy tee printed with a single-line mountain range.",
    description:
      "Our in-house illustration of a ridge line at dawn, screen printed in cream ink on a navy slub cotton tee. Each run is limited to 200 pieces.",
    categorySlug: "t-shirts",
    price: 2900,
    sku: "TEE-MOUNTAIN",
    weightOz: 6,
    createdDaysAgo: 9,
    options: [SIZES],
  }),
  product({
    slug: "kids-rainbow-tee",
    name: "Kids Rainbow Tee",
    shortDescription: "A cheerful cotton tee for little ones with a stitched rainbow arc.",
    description:
      "Made from the same soft combed cotton as our adult tees, with a roomy fit that leaves space to grow. The rainbow is printed with baby-safe inks that won't crack in the wash.",
    categorySlug: "t-shirts",
    price: 1900,
    sku: "TEE-KIDS",
    weightOz: 4,
    createdDaysAgo: 64,
    options: [{ name: "Size", values: ["2T", "4T", "6", "8"] }],
    variantRules: { soldOut: [["2T"]] },
  }),

  // --- Hoodies & sweatshirts ------------------------------------------------
  product({
    slug: "everyday-pullover-hoodie",
    name: "Everyday Pullover Hoodie",
    shortDescription: "A brushed 10 oz fleece hoodie you can print on front and back.",
    description:
      "Cotton-rich fleece with a double-lined hood, flat drawcords and a roomy kangaroo pocket. Add your own artwork in the designer: large back prints look especially good on this one.",
    categorySlug: "hoodies",
    price: 5400,
    sku: "HOOD-PULLOVER",
    weightOz: 18,
    featured: true,
    createdDaysAgo: 5,
    options: [SIZES, color("Heather Grey", "Black")],
    variantRules: { priceBy: { XL: 5800 } },
    bulkPricing: bulk([10, 4800], [25, 4500]),
    styles: stylesFor("everyday-pullover-hoodie", ["Heather Grey", "Black"], {
      Front: [290, 300, 220, 160],
      Back: [280, 280, 240, 300],
    }),
    imageAlts: ["Everyday Pullover Hoodie in heather grey", "Everyday Pullover Hoodie in black"],
  }),
  product({
    slug: "fleece-zip-hoodie",
    name: "Fleece Zip Hoodie",
    shortDescription: "A full-zip hoodie in heavyweight fleece with metal hardware.",
    description:
      "A heavier 12 oz loopback fleece with a YKK metal zip, split kangaroo pockets and ribbed cuffs that hold their shape. It is the hoodie you reach for on the first cold morning of autumn.",
    categorySlug: "hoodies",
    price: 6200,
    compareAtPrice: 7200,
    sku: "HOOD-ZIP",
    weightOz: 22,
    createdDaysAgo: 33,
    options: [SIZES, color("Charcoal", "Olive")],
    variantRules: { soldOut: [["L", "Olive"]] },
    imageAlts: ["Fleece Zip Hoodie in charcoal", "Fleece Zip Hoodie in olive"],
  }),
  product({
    slug: "vintage-wash-crewneck",
    name: "Vintage Wash Crewneck",
    shortDescription: "A relaxed garment-washed sweatshirt with a faded, broken-in feel.",
    description:
      "Each crewneck is pigment dyed and stone washed for a soft hand and a gently faded colour. Ribbed side panels and a relaxed fit make it comfortable straight out of the bag.",
    categorySlug: "hoodies",
    price: 4800,
    sku: "SWEAT-CREW",
    weightOz: 16,
    createdDaysAgo: 52,
    options: [SIZES, color("Dusty Rose", "Slate")],
    imageAlts: ["Vintage Wash Crewneck in dusty rose", "Vintage Wash Crewneck in slate"],
  }),

  // --- Headwear -------------------------------------------------------------
  product({
    slug: "washed-twill-dad-cap",
    name: "Washed Twill Dad Cap",
    shortDescription: "An unstructured six-panel cap in soft washed cotton twill.",
    description:
      "A low-profile cap with a pre-curved brim and an adjustable brass-buckle strap. The garment wash gives it a lived-in look from day one.",
    categorySlug: "headwear",
    price: 2600,
    sku: "CAP-DAD",
    weightOz: 3,
    createdDaysAgo: 22,
    options: [color("Khaki", "Navy", "Black")],
    imageAlts: ["Washed Twill Dad Cap in khaki", "Washed Twill Dad Cap in navy"],
  }),
  product({
    slug: "ribbed-knit-beanie",
    name: "Ribbed Knit Beanie",
    shortDescription: "A chunky rib beanie with a deep fold-over cuff.",
    description:
      "Knitted from a warm merino-acrylic blend that doesn't itch, with enough stretch to fit most heads. Wear it slouchy or cuffed high above the ears.",
    categorySlug: "headwear",
    price: 2200,
    sku: "HAT-BEANIE",
    weightOz: 3,
    featured: true,
    createdDaysAgo: 12,
    options: [color("Mustard", "Charcoal", "Rust")],
    variantRules: { soldOut: [["Rust"]] },
    imageAlts: ["Ribbed Knit Beanie in mustard", "Ribbed Knit Beanie in charcoal"],
  }),
  product({
    slug: "canvas-bucket-hat",
    name: "Canvas Bucket Hat",
    shortDescription: "A sturdy cotton canvas bucket hat with a stitched brim.",
    description:
      "Made from water-repellent waxed canvas with a soft cotton lining and eight rows of stitching on the brim. It packs flat and pops back into shape.",
    categorySlug: "headwear",
    price: 2800,
    sku: "HAT-BUCKET",
    weightOz: 4,
    createdDaysAgo: 71,
    options: [{ name: "Size", values: ["S/M", "L/XL"] }],
  }),

  // --- Apparel (top level) --------------------------------------------------
  product({
    slug: "striped-crew-socks",
    name: "Striped Crew Socks (3 Pack)",
    shortDescription: "Three pairs of combed cotton crew socks in coordinated stripes.",
    description:
      "Cushioned soles, a reinforced heel and toe and a non-slip rib cuff make these an everyday staple. Each pack mixes three colourways that go with almost everything.",
    categorySlug: "apparel",
    price: 2400,
    sku: "SOCK-STRIPE",
    weightOz: 5,
    createdDaysAgo: 88,
    options: [{ name: "Size", values: ["S/M", "L/XL"] }],
  }),

  // --- Mugs -----------------------------------------------------------------
  product({
    slug: "classic-ceramic-mug",
    name: "Classic Ceramic Mug",
    shortDescription: "An 11 oz glossy ceramic mug with room for a print on each side.",
    description:
      "A sturdy C-handle mug in glossy ceramic that is dishwasher and microwave safe. Design both sides in the designer; prints are sublimated into the glaze so they never peel.",
    categorySlug: "mugs",
    price: 1600,
    sku: "MUG-CLASSIC",
    weightOz: 14,
    featured: true,
    createdDaysAgo: 2,
    options: [color("White", "Black")],
    bulkPricing: bulk([12, 1400], [48, 1200], [144, 1000]),
    styles: stylesFor("classic-ceramic-mug", ["White", "Black"], {
      Left: [275, 290, 250, 250],
      Right: [275, 290, 250, 250],
    }),
    imageAlts: ["Classic Ceramic Mug in white", "Classic Ceramic Mug in black"],
  }),
  product({
    slug: "speckled-stoneware-mug",
    name: "Speckled Stoneware Mug",
    shortDescription: "A hand-thrown stoneware mug with a speckled oat glaze.",
    description:
      "Each mug is thrown on the wheel and dipped in a speckled glaze that leaves the foot raw, so no two are exactly alike. It holds 12 oz and keeps coffee warm a little longer thanks to its thick walls.",
    categorySlug: "mugs",
    price: 3400,
    sku: "MUG-STONEWARE",
    inventory: 14,
    weightOz: 18,
    featured: true,
    createdDaysAgo: 15,
    imageAlts: ["Speckled Stoneware Mug", "Speckled Stoneware Mug, close-up of the glaze"],
  }),
  product({
    slug: "enamel-camp-mug",
    name: "Enamel Camp Mug",
    shortDescription: "A lightweight enamelled steel mug with a contrast rolled rim.",
    description:
      "Tough enough for the campfire and pretty enough for the kitchen shelf. The steel body is coated in glass enamel with a classic rolled rim in navy.",
    categorySlug: "mugs",
    price: 1800,
    sku: "MUG-ENAMEL",
    weightOz: 8,
    createdDaysAgo: 46,
    options: [color("Cream", "Navy", "Green")],
    imageAlts: ["Enamel Camp Mug in cream", "Enamel Camp Mug in navy"],
  }),
  product({
    slug: "espresso-cup-set",
    name: "Espresso Cup Set of Two",
    shortDescription: "Two 3 oz porcelain espresso cups with matching saucers.",
    description:
      "Thick-walled porcelain holds heat for the perfect short pour. The set comes in a recycled gift box, ready to give.",
    categorySlug: "mugs",
    price: 2200,
    compareAtPrice: 2800,
    sku: "CUP-ESPRESSO-2",
    inventory: 32,
    weightOz: 16,
    createdDaysAgo: 58,
  }),
  product({
    slug: "wide-latte-mug",
    name: "Wide Latte Mug",
    shortDescription: "A wide 14 oz mug made for latte art and big slow mornings.",
    description:
      "The wide mouth gives baristas room to pour, and the low centre of gravity makes it hard to knock over. Finished in a soft satin glaze in warm terracotta.",
    categorySlug: "mugs",
    price: 2000,
    sku: "MUG-LATTE",
    inventory: 0,
    weightOz: 15,
    createdDaysAgo: 77,
  }),

  // --- Bottles & tumblers ---------------------------------------------------
  product({
    slug: "insulated-steel-bottle",
    name: "Insulated Steel Water Bottle",
    shortDescription: "A double-wall vacuum bottle that keeps drinks cold for 24 hours.",
    description:
      "18/8 stainless steel with a powder-coated grip finish and a leak-proof bamboo cap. It fits standard cup holders in the 18 oz size, and the 32 oz holds enough for a long hike.",
    categorySlug: "bottles-tumblers",
    price: 3200,
    sku: "BTL-STEEL",
    weightOz: 12,
    createdDaysAgo: 7,
    options: [
      { name: "Size", values: ["18 oz", "32 oz"] },
      color("Matte Black", "Seafoam", "White"),
    ],
    variantRules: { priceBy: { "32 oz": 3800 }, soldOut: [["32 oz", "Seafoam"]] },
    bulkPricing: bulk([10, 2800], [50, 2500]),
    imageAlts: ["Insulated Steel Water Bottle in matte black", "Insulated Steel Water Bottle in seafoam"],
  }),
  product({
    slug: "travel-tumbler",
    name: "Travel Tumbler with Lid",
    shortDescription: "A 16 oz insulated tumbler with a splash-proof slider lid.",
    description:
      "Slim enough for a car cup holder and insulated to keep coffee hot for six hours. The slider lid is BPA free and comes apart for cleaning.",
    categorySlug: "bottles-tumblers",
    price: 2800,
    sku: "TMB-TRAVEL",
    weightOz: 10,
    createdDaysAgo: 36,
    options: [color("Sand", "Sky")],
    imageAlts: ["Travel Tumbler in sand", "Travel Tumbler in sky blue"],
  }),
  product({
    slug: "pint-glass-set",
    name: "Pint Glass Set of Four",
    shortDescription: "Four heavy-based 16 oz glasses for beer, water or iced coffee.",
    description:
      "Made from thick, chip-resistant soda-lime glass with a weighted base. A timeless shape that stacks neatly in the cupboard.",
    categorySlug: "drinkware",
    price: 3600,
    sku: "GLS-PINT-4",
    inventory: 18,
    weightOz: 48,
    createdDaysAgo: 95,
  }),

  // --- Bags -----------------------------------------------------------------
  product({
    slug: "everyday-canvas-tote",
    name: "Everyday Canvas Tote",
    shortDescription: "A 12 oz cotton canvas tote with long handles and a big print area.",
    description:
      "Heavy canvas with reinforced handle stitching carries a full grocery shop or a laptop with ease. Put your own design on the front; we print it with durable water-based inks.",
    categorySlug: "bags",
    price: 2200,
    sku: "BAG-TOTE",
    weightOz: 9,
    featured: true,
    createdDaysAgo: 4,
    options: [color("Natural", "Black")],
    bulkPricing: bulk([10, 1900], [50, 1600], [100, 1400]),
    styles: stylesFor("everyday-canvas-tote", ["Natural", "Black"], {
      Front: [260, 380, 280, 280],
    }),
    imageAlts: ["Everyday Canvas Tote in natural", "Everyday Canvas Tote in black"],
  }),
  product({
    slug: "oversized-market-tote",
    name: "Oversized Market Tote",
    shortDescription: "A roomy striped tote with a flat base for farmers' market runs.",
    description:
      "Woven from recycled cotton with a wide gusset and a leather-trimmed base so it stands up on its own. An inside pocket keeps keys and phone within reach.",
    categorySlug: "bags",
    price: 3400,
    sku: "BAG-MARKET",
    weightOz: 14,
    createdDaysAgo: 29,
    options: [color("Blue Stripe", "Red Stripe")],
    imageAlts: ["Oversized Market Tote with blue stripes", "Oversized Market Tote with red stripes"],
  }),
  product({
    slug: "roll-top-backpack",
    name: "Roll-Top Backpack",
    shortDescription: "A weatherproof roll-top backpack with a padded laptop sleeve.",
    description:
      "Made from waxed canvas with a waterproof liner and a roll-top closure that expands from 20 to 26 litres. Padded straps and a 16\" laptop sleeve make it a proper daily carry.",
    categorySlug: "bags",
    price: 8900,
    compareAtPrice: 9900,
    sku: "BAG-ROLLTOP",
    weightOz: 36,
    createdDaysAgo: 13,
    options: [color("Black", "Olive")],
    variantRules: { soldOut: [["Olive"]] },
    imageAlts: ["Roll-Top Backpack in black", "Roll-Top Backpack in olive"],
  }),
  product({
    slug: "canvas-zip-pouch",
    name: "Canvas Zip Pouch",
    shortDescription: "A zip pouch for pens, cables or travel toiletries.",
    description:
      "A lined canvas pouch with a brass zip and a leather pull. The large size fits a tablet charger and all your cables; the small one is perfect for a pencil case.",
    categorySlug: "bags",
    price: 1400,
    sku: "BAG-POUCH",
    weightOz: 3,
    createdDaysAgo: 67,
    options: [{ name: "Size", values: ["Small", "Large"] }],
    variantRules: { priceBy: { Large: 1800 } },
  }),
  product({
    slug: "crossbody-sling-bag",
    name: "Crossbody Sling Bag",
    shortDescription: "A compact sling bag that holds the essentials hands-free.",
    description:
      "Two zipped compartments, an adjustable webbing strap and a water-resistant nylon shell. It sits comfortably across the chest or over one shoulder.",
    categorySlug: "bags",
    price: 4200,
    sku: "BAG-SLING",
    inventory: 22,
    weightOz: 10,
    createdDaysAgo: 49,
  }),
  product({
    slug: "drawstring-gym-sack",
    name: "Drawstring Gym Sack",
    shortDescription: "A light cotton drawstring bag for the gym, the pool or a team kit.",
    description:
      "Thick cotton cords double as shoulder straps and cinch the top closed. Order in bulk for clubs, events and teams.",
    categorySlug: "bags",
    price: 1600,
    sku: "BAG-DRAWSTRING",
    inventory: 120,
    weightOz: 5,
    createdDaysAgo: 101,
    bulkPricing: bulk([25, 1300], [100, 1100]),
  }),

  // --- Posters & prints -----------------------------------------------------
  product({
    slug: "sunrise-dunes-print",
    name: "Sunrise Dunes Print",
    shortDescription: "Layered desert dunes under a low morning sun, in warm sand tones.",
    description:
      "An original illustration printed on 230 gsm archival matte paper with pigment inks. Choose a size; frames are sold separately so you can match your room.",
    categorySlug: "posters",
    price: 2400,
    sku: "PRT-DUNES",
    weightOz: 6,
    featured: true,
    createdDaysAgo: 6,
    options: [POSTER_SIZES],
    variantRules: { priceBy: POSTER_PRICES },
    imageAlts: ["Sunrise Dunes Print", "Sunrise Dunes Print, detail"],
  }),
  product({
    slug: "botanical-study-print",
    name: "Botanical Study Print",
    shortDescription: "A calm study of leaves and stems in deep greens on cream paper.",
    description:
      "Inspired by vintage herbarium plates, simplified into bold flat shapes. Printed on textured cotton-rag paper that gives the greens real depth.",
    categorySlug: "posters",
    price: 2400,
    sku: "PRT-BOTANICAL",
    weightOz: 6,
    createdDaysAgo: 24,
    options: [POSTER_SIZES],
    variantRules: { priceBy: POSTER_PRICES, soldOut: [['18x24"']] },
    imageAlts: ["Botanical Study Print", "Botanical Study Print, detail"],
  }),
  product({
    slug: "city-grid-print",
    name: "City Grid Map Print",
    shortDescription: "An abstract street-grid map in navy, coral and cream.",
    description:
      "A playful take on a city plan with blocks, parks and a winding river. It works as well in a hallway as it does above a desk.",
    categorySlug: "posters",
    price: 2400,
    compareAtPrice: 2900,
    sku: "PRT-CITY",
    weightOz: 6,
    createdDaysAgo: 38,
    options: [POSTER_SIZES],
    variantRules: { priceBy: POSTER_PRICES },
  }),
  product({
    slug: "bauhaus-shapes-print",
    name: "Bauhaus Shapes Print",
    shortDescription: "Bold circles, arches and blocks in primary colours.",
    description:
      "A nod to early modernist posters, with a strict grid and a confident palette. Available unframed or in a natural oak frame with a shatterproof acrylic front.",
    categorySlug: "posters",
    price: 2400,
    sku: "PRT-BAUHAUS",
    weightOz: 6,
    createdDaysAgo: 19,
    options: [POSTER_SIZES, { name: "Frame", values: ["Unframed", "Oak Frame"] }],
    variantRules: {
      priceBy: POSTER_PRICES,
      soldOut: [['18x24"', "Oak Frame"]],
    },
    imageAlts: ["Bauhaus Shapes Print", "Bauhaus Shapes Print, detail"],
  }),
  product({
    slug: "night-sky-print",
    name: "Night Sky Print",
    shortDescription: "A deep-blue star field with a crescent moon over quiet hills.",
    description:
      "A soothing print for bedrooms and nurseries, with stars hand placed from a real winter sky. Printed with rich pigment inks for a velvety dark blue.",
    categorySlug: "posters",
    price: 2400,
    sku: "PRT-NIGHT",
    weightOz: 6,
    createdDaysAgo: 83,
    options: [POSTER_SIZES],
    variantRules: { priceBy: POSTER_PRICES },
  }),

  // --- Candles --------------------------------------------------------------
  product({
    slug: "cedar-smoke-candle",
    name: "Cedar & Smoke Soy Candle",
    shortDescription: "A woody candle with notes of cedar, vetiver and a hint of campfire.",
    description:
      "Hand poured in small batches from natural soy wax with a lead-free cotton wick. The amber glass jar can be reused once the candle is finished.",
    categorySlug: "candles",
    price: 3200,
    sku: "CDL-CEDAR",
    weightOz: 16,
    featured: true,
    createdDaysAgo: 10,
    options: [{ name: "Size", values: ["8 oz", "14 oz"] }],
    variantRules: { priceBy: { "14 oz": 4400 } },
    imageAlts: ["Cedar & Smoke Soy Candle", "Cedar & Smoke Soy Candle, lit"],
  }),
  product({
    slug: "fig-leaf-candle",
    name: "Fig Leaf Candle",
    shortDescription: "Green fig, soft coconut and a little black pepper.",
    description:
      "A fresh, green scent that fills a room without overpowering it. Around 50 hours of burn time in the 8 oz jar and 80 in the 14 oz.",
    categorySlug: "candles",
    price: 3200,
    sku: "CDL-FIG",
    weightOz: 16,
    createdDaysAgo: 31,
    options: [{ name: "Size", values: ["8 oz", "14 oz"] }],
    variantRules: { priceBy: { "14 oz": 4400 }, soldOut: [["14 oz"]] },
    imageAlts: ["Fig Leaf Candle", "Fig Leaf Candle, lit"],
  }),
  product({
    slug: "sea-salt-sage-candle",
    name: "Sea Salt & Sage Candle",
    shortDescription: "A clean coastal scent of sea spray, sage and driftwood.",
    description:
      "Poured into a frosted white jar with a bamboo lid. It is our lightest scent, ideal for bathrooms and bedrooms.",
    categorySlug: "candles",
    price: 2800,
    compareAtPrice: 3400,
    sku: "CDL-SEASALT",
    inventory: 26,
    weightOz: 14,
    createdDaysAgo: 55,
  }),
  product({
    slug: "travel-candle-trio",
    name: "Travel Candle Trio",
    shortDescription: "Three 3 oz tins of our best-selling scents.",
    description:
      "Cedar & Smoke, Fig Leaf and Sea Salt & Sage in lidded tins that travel well. A good way to find your favourite before committing to a full jar.",
    categorySlug: "candles",
    price: 3000,
    sku: "CDL-TRIO",
    inventory: 40,
    weightOz: 12,
    createdDaysAgo: 43,
  }),

  // --- Home (top level) -----------------------------------------------------
  product({
    slug: "waffle-knit-throw",
    name: "Waffle Knit Throw",
    shortDescription: "A soft cotton waffle throw for the sofa or the end of the bed.",
    description:
      "Woven in Portugal from long-staple cotton in a deep waffle texture that is warm but breathable. It measures 50 x 70 inches and gets softer every time it's washed.",
    categorySlug: "home",
    price: 8800,
    sku: "HOME-THROW",
    weightOz: 40,
    createdDaysAgo: 26,
    options: [color("Oat", "Sage")],
    imageAlts: ["Waffle Knit Throw in oat", "Waffle Knit Throw in sage"],
  }),
  product({
    slug: "linen-tea-towel-set",
    name: "Linen Tea Towel Set",
    shortDescription: "Two stonewashed linen tea towels with a woven stripe.",
    description:
      "Linen dries glasses without lint and gets more absorbent with use. Each towel has a hanging loop in the corner.",
    categorySlug: "home",
    price: 2400,
    sku: "HOME-TOWEL-2",
    inventory: 35,
    weightOz: 8,
    createdDaysAgo: 112,
  }),

  // --- Accessories ----------------------------------------------------------
  product({
    slug: "enamel-pin-set",
    name: "Enamel Pin Set",
    shortDescription: "Four hard-enamel pins with gold plating and rubber backs.",
    description:
      "A sun, a wave, a mountain and a tiny mug, each about an inch across. Great for jackets, bags and event giveaways.",
    categorySlug: "accessories",
    price: 1200,
    sku: "ACC-PINS",
    inventory: 150,
    weightOz: 2,
    createdDaysAgo: 34,
    bulkPricing: bulk([10, 1000], [50, 800]),
  }),
  product({
    slug: "vinyl-sticker-pack",
    name: "Vinyl Sticker Pack",
    shortDescription: "Eight weatherproof die-cut vinyl stickers.",
    description:
      "Thick matte vinyl that survives the dishwasher, the rain and years on a laptop lid. Bulk pricing makes them easy to hand out at events.",
    categorySlug: "accessories",
    price: 800,
    sku: "ACC-STICKERS",
    inventory: 400,
    weightOz: 1,
    createdDaysAgo: 1,
    bulkPricing: bulk([10, 650], [50, 500], [200, 400]),
  }),
  product({
    slug: "leather-key-fob",
    name: "Leather Key Fob",
    shortDescription: "A vegetable-tanned leather loop with a solid brass ring.",
    description:
      "Cut and stitched by hand from full-grain leather that darkens beautifully with use. Small enough for any pocket, sturdy enough to last decades.",
    categorySlug: "accessories",
    price: 1800,
    sku: "ACC-KEYFOB",
    weightOz: 1,
    createdDaysAgo: 60,
    options: [color("Tan", "Black")],
    imageAlts: ["Leather Key Fob in tan", "Leather Key Fob in black"],
  }),
  product({
    slug: "cotton-bandana",
    name: "Cotton Bandana",
    shortDescription: "A 22 inch square bandana in a hand-drawn dot pattern.",
    description:
      "Soft, breathable cotton voile that works as a neckerchief, a hair wrap or a gift wrap. Printed with a classic border and an all-over dot pattern.",
    categorySlug: "accessories",
    price: 1400,
    sku: "ACC-BANDANA",
    weightOz: 2,
    createdDaysAgo: 74,
    options: [color("Indigo", "Red")],
    imageAlts: ["Cotton Bandana in indigo", "Cotton Bandana in red"],
  }),

  // --- Stationery -----------------------------------------------------------
  product({
    slug: "dot-grid-notebook",
    name: "Dot Grid Notebook",
    shortDescription: "An A5 lay-flat notebook with 160 dot grid pages.",
    description:
      "Thick 100 gsm paper that handles fountain pens without bleeding, bound in a cloth cover with an elastic closure. Numbered pages and an index make it ready for bullet journaling.",
    categorySlug: "stationery",
    price: 1800,
    sku: "STN-NOTEBOOK",
    weightOz: 10,
    createdDaysAgo: 21,
    options: [{ name: "Cover", values: ["Navy", "Terracotta"] }],
    imageAlts: ["Dot Grid Notebook with navy cover", "Dot Grid Notebook with terracotta cover"],
  }),
  product({
    slug: "letterpress-card-set",
    name: "Letterpress Card Set",
    shortDescription: "Six blank letterpress cards with kraft envelopes.",
    description:
      "Pressed by hand on thick cotton paper with three simple botanical motifs. Blank inside for birthdays, thank-yous and just-because notes.",
    categorySlug: "stationery",
    price: 1600,
    sku: "STN-CARDS-6",
    inventory: 60,
    weightOz: 6,
    createdDaysAgo: 90,
  }),

  // --- Uncategorized ----------------------------------------------------------
  // Deliberately has no category. Its slug "gift-card-box" is ALSO used by the
  // second site's product below, to prove slugs are unique per site only.
  product({
    slug: "gift-card-box",
    name: "Gift Card Box",
    shortDescription: "A printed gift card tucked into a keepsake box with a ribbon.",
    description:
      "Let them choose their own favourite: the card arrives in a rigid recycled gift box tied with cotton ribbon. The code never expires and works across the whole shop.",
    categorySlug: null,
    price: 2500,
    sku: "GIFT-BOX",
    inventory: 500,
    weightOz: 4,
    createdDaysAgo: 45,
  }),

  // --- Hidden products (for tests: must never appear in the storefront) -----
  product({
    slug: "quilted-puffer-vest",
    name: "Quilted Puffer Vest",
    shortDescription: "A lightweight recycled-fill vest for layering (coming this winter).",
    description:
      "A channel-quilted vest with recycled insulation and a water-repellent shell. Still in sampling, so not yet for sale.",
    categorySlug: "hoodies",
    price: 7800,
    sku: "VEST-PUFFER",
    weightOz: 14,
    status: "draft",
    createdDaysAgo: 8,
    options: [SIZES],
  }),
  product({
    slug: "holiday-ornament-set",
    name: "Holiday Ornament Set",
    shortDescription: "Three hand-painted ceramic ornaments (draft for the holiday drop).",
    description:
      "Glazed ceramic baubles hung on cotton cord, each painted by hand. Drafted for the holiday launch and hidden until then.",
    categorySlug: "home",
    price: 2600,
    sku: "HOME-ORNAMENTS",
    inventory: 80,
    weightOz: 7,
    status: "draft",
    createdDaysAgo: 11,
  }),
  product({
    slug: "retro-logo-tee-2019",
    name: "Retro Logo Tee (2019)",
    shortDescription: "Our original logo tee from the 2019 launch, now retired.",
    description:
      "The first tee we ever made, with a sunburst logo on the chest. Archived after the last run sold out and kept for order history.",
    categorySlug: "t-shirts",
    price: 2000,
    sku: "TEE-RETRO-2019",
    inventory: 0,
    weightOz: 6,
    status: "archived",
    createdDaysAgo: 120,
  }),
];

// ---------------------------------------------------------------------------
// Second site: "Ridgeline Coffee Roasters", a small coffee roaster.
// Images live under /demo/site2/.
// ---------------------------------------------------------------------------

export const demoSecondSiteCategories: DemoCategory[] = [
  category("whole-bean-coffee", "Coffee", "Single origins and blends roasted every Tuesday and shipped within two days of roasting.", null, 1, "site2/categories"),
  category("brewing-gear", "Brewing Gear", "Simple, well-made tools for brewing better coffee at home.", null, 2, "site2/categories"),
];

export const demoSecondSiteProducts: DemoProduct[] = [
  site2Product({
    slug: "house-espresso-blend",
    name: "House Espresso Blend",
    shortDescription: "A chocolatey, low-acid blend that shines as espresso or in milk.",
    description:
      "Brazilian and Guatemalan beans roasted medium-dark for notes of cocoa, toasted hazelnut and brown sugar. Forgiving to dial in and delicious as a flat white.",
    categorySlug: "whole-bean-coffee",
    price: 1800,
    sku: "RC-HOUSE",
    weightOz: 13,
    createdDaysAgo: 6,
    options: [
      { name: "Size", values: ["12 oz", "2 lb"] },
      { name: "Grind", values: ["Whole Bean", "Espresso", "Filter"] },
    ],
    variantRules: { priceBy: { "2 lb": 4200 } },
  }),
  site2Product({
    slug: "ethiopia-guji-natural",
    name: "Ethiopia Guji Natural",
    shortDescription: "A bright, fruity single origin with blueberry and jasmine notes.",
    description:
      "Naturally processed heirloom varieties from smallholders in the Guji zone, roasted light to keep the fruit front and centre. Best as pour-over or batch brew.",
    categorySlug: "whole-bean-coffee",
    price: 2200,
    sku: "RC-GUJI",
    weightOz: 13,
    createdDaysAgo: 14,
    options: [{ name: "Size", values: ["12 oz", "2 lb"] }],
    variantRules: { priceBy: { "2 lb": 5200 }, soldOut: [["2 lb"]] },
  }),
  site2Product({
    slug: "ceramic-pour-over-dripper",
    name: "Ceramic Pour-Over Dripper",
    shortDescription: "A single-cup ceramic cone that brews a clean, sweet cup.",
    description:
      "Spiral ribs and a single large hole give an even, quick drawdown. Fits standard size 02 paper filters.",
    categorySlug: "brewing-gear",
    price: 2800,
    sku: "RC-DRIPPER",
    inventory: 24,
    weightOz: 14,
    createdDaysAgo: 30,
  }),
  site2Product({
    slug: "gooseneck-kettle",
    name: "Gooseneck Pour-Over Kettle",
    shortDescription: "A stovetop gooseneck kettle for precise, steady pours.",
    description:
      "Brushed stainless steel with a counterweighted handle and a built-in thermometer in the lid. Holds one litre, enough for two big cups.",
    categorySlug: "brewing-gear",
    price: 5400,
    compareAtPrice: 6400,
    sku: "RC-KETTLE",
    inventory: 9,
    weightOz: 28,
    featured: true,
    createdDaysAgo: 21,
  }),
  // Same slug as the main shop's "gift-card-box": slugs only need to be unique within a site.
  site2Product({
    slug: "gift-card-box",
    name: "Coffee Gift Card Box",
    shortDescription: "A gift card and a sample of this week's roast in a kraft box.",
    description:
      "The card can be redeemed for any coffee or brewing gear, and the 2 oz sample helps them pick a favourite. Packed in a kraft box with a handwritten note.",
    categorySlug: null,
    price: 3000,
    sku: "RC-GIFTBOX",
    inventory: 100,
    weightOz: 6,
    featured: true,
    createdDaysAgo: 2,
  }),
];
