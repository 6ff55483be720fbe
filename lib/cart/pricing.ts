export type BulkRule = { minQuantity: number; unitPrice: number };

/**
 * The unit price of a product line. Bulk tiers count every unit of the product in the cart,
 * whatever its variant, and only ever lower the price.
 */
export function unitPriceFor(basePrice: number, productQuantity: number, rules: BulkRule[]): number {
  const tier = rules
    .filter((rule) => rule.minQuantity <= productQuantity)
    .reduce<number | null>((best, rule) => (best === null || rule.unitPrice < best ? rule.unitPrice : best), null);
  return tier === null ? basePrice : Math.min(basePrice, tier);
}
