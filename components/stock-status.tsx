const LOW_STOCK = 5;

type StockStatusProps = {
  /** null: the chosen option combination is not sold. */
  inStock: boolean | null;
  inventory?: number;
};

/** "In stock" / "Out of stock" with a coloured dot; the words carry the meaning, not the colour. */
export function StockStatus({ inStock, inventory }: StockStatusProps) {
  const [dot, text, label] =
    inStock === null
      ? ["bg-stone-400", "text-muted", "Unavailable in this combination"]
      : inStock
        ? ["bg-emerald-600", "text-emerald-800", "In stock"]
        : ["bg-red-700", "text-red-800", "Out of stock"];
  const low = inStock && inventory !== undefined && inventory <= LOW_STOCK;
  return (
    <p data-testid="stock-status" className={`flex items-center gap-2 text-sm font-medium ${text}`}>
      <span aria-hidden="true" className={`size-2 rounded-full ${dot}`} />
      {label}
      {low && <span className="font-normal text-muted">– only {inventory} left</span>}
    </p>
  );
}
