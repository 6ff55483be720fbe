type FormFieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  /** Shown under the input and tied to it with aria-describedby. */
  hint?: string;
};

/** A labelled input in the shop's style; the id defaults to the name. */
export function FormField({ label, name, hint, id = name, className = "", ...input }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-describedby={hintId}
        className="mt-1.5 block h-11 w-full rounded-xl border border-stone-300 bg-white px-3.5 text-base text-ink placeholder:text-muted focus:border-ink"
        {...input}
      />
      {hint && (
        <p id={hintId} className="mt-1.5 text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
