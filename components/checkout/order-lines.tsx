import Image from "next/image";
import { formatMoney } from "@/lib/format/money";

export type OrderLine = { key: string | number; name: string; variantName: string | null; quantity: number; total: number; image?: string | null };

/** The lines of a cart or an order: thumbnail, name, variant, quantity and line total. */
export function OrderLines({ lines, currency, locale }: { lines: OrderLine[]; currency: string; locale: string }) {
  return (
    <ul role="list" className="divide-y divide-stone-200">
      {lines.map((line) => (
        <li key={line.key} className="flex items-center gap-4 py-3 first:pt-0 last:pb-0">
          {line.image !== undefined && (
            <div className="relative size-16 shrink-0 overflow-hidden rounded-xl bg-stone-100 ring-1 ring-stone-900/5">
              {/* The line's name follows the image, so the image is decorative. */}
              {line.image && <Image src={line.image} alt="" fill sizes="64px" className="object-cover" />}
            </div>
          )}
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium text-ink">{line.name}</p>
            {line.variantName && <p className="text-muted">{line.variantName}</p>}
            <p className="text-muted">Qty {line.quantity}</p>
          </div>
          <p className="text-sm font-medium tabular-nums text-ink">{formatMoney(line.total, currency, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
