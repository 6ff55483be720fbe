/** A titled group of checkout fields: a fieldset named by its heading (both for assistive technology). */
export function FormSection({ title, children, describedBy }: { title: string; children: React.ReactNode; describedBy?: string }) {
  return (
    <div className="rounded-3xl border border-stone-200 bg-white p-5 sm:p-7">
      <fieldset aria-describedby={describedBy}>
        <legend className="w-full">
          <h2 className="text-lg font-semibold text-ink">{title}</h2>
        </legend>
        {children}
      </fieldset>
    </div>
  );
}
