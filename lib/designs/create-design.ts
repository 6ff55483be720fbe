import { db } from "@/lib/db";
import type { DesignCaller } from "./design-caller";
import { designSelect, toDesignDto } from "./design-dto";
import { checkLayerSides, chooseStyle, requireDesignableProduct } from "./designable-product";
import { checkLayerAssets } from "./layer-assets";
import type { CreateDesignInput, DesignDto } from "./schemas";

/** A new draft design of a designable product of this site, owned by `owner`. */
export async function createDesign(siteId: number, owner: DesignCaller, input: CreateDesignInput, origin: string): Promise<DesignDto> {
  const product = await requireDesignableProduct(siteId, input.productId);
  const style = chooseStyle(product, input.styleId);
  const layers = input.layers ?? [];
  checkLayerSides(layers, style);
  await checkLayerAssets(siteId, owner, layers);
  const row = await db().productDesign.create({
    data: { siteId, productId: product.id, styleId: style?.id ?? null, customerId: owner.customerId, sessionId: owner.sessionId, name: input.name ?? "Untitled Design", layers },
    select: designSelect,
  });
  return toDesignDto(row, origin);
}
