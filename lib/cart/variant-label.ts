/**
 * A variant's name without the product's name it repeats ("Classic Crew Tee – M / White" →
 * "M / White"), for lines that already show the product name. Other names are kept whole.
 */
export function variantLabel(productName: string, variantName: string | null): string | null {
  if (!variantName) return null;
  for (const separator of [" – ", " - ", ": "]) {
    const prefix = `${productName}${separator}`;
    if (variantName.startsWith(prefix) && variantName.length > prefix.length) return variantName.slice(prefix.length);
  }
  return variantName;
}
