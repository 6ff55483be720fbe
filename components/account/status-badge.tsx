const tones: Record<string, string> = {
  good: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  bad: "bg-red-50 text-red-800 ring-red-200",
  neutral: "bg-stone-100 text-ink ring-stone-200",
};

/** A status in words on a tinted pill; the words carry the meaning, the colour only helps. */
export function StatusBadge({ label, tone = "neutral" }: { label: string; tone?: "good" | "bad" | "neutral" }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${tones[tone]}`}>{label}</span>;
}

export const orderTone = (status: string) =>
  status === "delivered" || status === "paid" || status === "shipped" ? "good" : status === "cancelled" || status === "refunded" ? "bad" : "neutral";
