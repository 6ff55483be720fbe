import { formatMoney } from "@/lib/format/money";

type BulkPricingTableProps = {
  tiers: { minQuantity: number; unitPrice: number }[];
  /** The single-unit price, to show what each tier saves. */
  basePrice: number;
  currency: string;
  locale: string;
};

export function BulkPricingTable({ tiers, basePrice, currency, locale }: BulkPricingTableProps) {
  if (tiers.length === 0) return null;
  return (
    <div className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
      <table className="w-full text-sm">
        <caption className="border-b border-stone-200 px-4 py-3 text-left font-semibold text-ink">
          Bulk pricing
          <span className="block text-xs font-normal text-muted">Order more, pay less for every item.</span>
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Quantity</th>
            <th scope="col">Price each</th>
            <th scope="col">Saving</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {tiers.map((tier) => {
            const saving = basePrice > tier.unitPrice ? Math.round((1 - tier.unitPrice / basePrice) * 100) : 0;
            return (
              <tr key={tier.minQuantity}>
                <th scope="row" className="px-4 py-2.5 text-left font-medium text-ink">
                  Buy {tier.minQuantity}+
                </th>
                <td className="px-4 py-2.5 text-right tabular-nums text-ink">
                  {formatMoney(tier.unitPrice, currency, locale)} each
                </td>
                <td className="w-24 px-4 py-2.5 text-right text-xs font-medium text-emerald-800">
                  {saving > 0 ? `Save ${saving}%` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
