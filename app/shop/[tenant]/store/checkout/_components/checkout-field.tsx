type CheckoutFieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

const inputClass =
  "mt-1.5 block h-11 w-full rounded-xl border bg-white px-3.5 text-base text-ink placeholder:text-muted focus:border-ink aria-[invalid=true]:border-red-700";

/** A labelled input whose error is tied to it (aria-invalid, aria-describedby) and shown beneath. */
export function CheckoutField({ label, name, error, hint, id = name, className = "", ...input }: CheckoutFieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {!input.required && <span className="font-normal text-muted"> (optional)</span>}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} className={`${inputClass} border-stone-300`} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1.5 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1.5 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

export const selectClass = `${inputClass} border-stone-300 pr-8`;
