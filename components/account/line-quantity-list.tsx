export type QuantityLine = { orderItemId: number; productName: string; variantName: string | null; upTo: number };

/** One number field per order line (named qty-{orderItemId}), from 0 up to what may be asked for. */
export function LineQuantityList({ lines }: { lines: QuantityLine[] }) {
  return (
    <ul role="list" className="mt-3 divide-y divide-stone-200">
      {lines.map((line) => (
        <li key={line.orderItemId} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <label htmlFor={`qty-${line.orderItemId}`} className="min-w-0 text-sm text-ink">
            <span className="font-medium">{line.productName}</span>
            {line.variantName && <span className="text-muted"> – {line.variantName}</span>}
            <span className="block text-muted">Up to {line.upTo}</span>
          </label>
          <input
            id={`qty-${line.orderItemId}`}
            name={`qty-${line.orderItemId}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={line.upTo}
            defaultValue={0}
            className="h-11 w-20 rounded-xl border border-stone-300 bg-white px-3 text-base text-ink focus:border-ink"
          />
        </li>
      ))}
    </ul>
  );
}
