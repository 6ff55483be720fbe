import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import type { DesignLayer } from "./schemas";

export type DesignSide = { id: number; name: string; slug: string; mockupImage: string | null; printAreaX: number; printAreaY: number; printAreaWidth: number; printAreaHeight: number };
export type DesignStyle = { id: number; name: string; sides: DesignSide[] };

const sideSelect = { id: true, name: true, slug: true, mockupImage: true, printAreaX: true, printAreaY: true, printAreaWidth: true, printAreaHeight: true } as const;

/** An active designable product of this site with its active styles and their sides, or a 400. */
export async function requireDesignableProduct(siteId: number, productId: number) {
  const product = await db().product.findFirst({
    where: { id: productId, siteId, designable: true, status: "active" },
    select: {
      id: true,
      name: true,
      styles: { where: { active: true }, orderBy: [{ order: "asc" }, { id: "asc" }], select: { id: true, name: true, sides: { orderBy: [{ order: "asc" }, { id: "asc" }], select: sideSelect } } },
    },
  });
  if (!product) throw new ApiError("validation_error", "productId must be a designable product on this site");
  return product;
}

/** The style a design uses: the one asked for (it must be an active style of the product), else the first. */
export function chooseStyle(product: { styles: DesignStyle[] }, styleId: number | null | undefined): DesignStyle | null {
  if (styleId === null || styleId === undefined) return product.styles[0] ?? null;
  const style = product.styles.find((s) => s.id === styleId);
  if (!style) throw new ApiError("validation_error", "styleId must be an active style of the design's product");
  return style;
}

/** Every layer names a side of the style (a layer on no side would never be printed). */
export function checkLayerSides(layers: DesignLayer[], style: DesignStyle | null) {
  const slugs = new Set(style?.sides.map((s) => s.slug) ?? []);
  const index = layers.findIndex((layer) => !slugs.has(layer.side));
  if (index >= 0) throw new ApiError("validation_error", `layers.${index}.side: no side "${layers[index].side}" on this product`);
  const ids = new Set<string>();
  for (const [i, layer] of layers.entries()) {
    if (ids.has(layer.id)) throw new ApiError("validation_error", `layers.${i}.id: "${layer.id}" is used twice`);
    ids.add(layer.id);
  }
}

/** The sides of a design's style (its saved style, else the product's first active one). */
export async function sidesOfDesign(siteId: number, design: { productId: number; styleId: number | null }): Promise<DesignSide[]> {
  const style = await db().designerStyle.findFirst({
    where: { productId: design.productId, product: { siteId }, ...(design.styleId ? { id: design.styleId } : { active: true }) },
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: { sides: { orderBy: [{ order: "asc" }, { id: "asc" }], select: sideSelect } },
  });
  return style?.sides ?? [];
}
