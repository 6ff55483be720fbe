/** A form's outcome, announced to screen readers as it appears. */
export function FormAlert({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  const colours = tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-900";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-xl border px-4 py-3 text-sm ${colours}`}>
      {children}
    </p>
  );
}
