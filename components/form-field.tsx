type FormFieldProps = React.InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  /** Shown under the input and tied to it with aria-describedby. */
  hint?: string;
};

/** A labelled input in the shop's style; the id defaults to the name. */
export function FormField({ label, name, hint, id = name, className = "", ...input }: FormFieldProps) {
  return (
    <LabelledControl label={label} id={id} hint={hint} className={className}>
      {(hintId) => (
        <input
          id={id}
          name={name}
          aria-describedby={hintId}
          className="mt-1.5 block h-11 w-full rounded-xl border border-stone-300 bg-white px-3.5 text-base text-ink placeholder:text-muted focus:border-ink"
          {...input}
        />
      )}
    </LabelledControl>
  );
}

type LabelledControlProps = {
  label: string;
  id: string;
  hint?: string;
  className?: string;
  /** Renders the control, given the id of the hint to name in aria-describedby. */
  children: (hintId: string | undefined) => React.ReactNode;
};

/** A form control's label above it and its hint below, shared by every field of the shop. */
export function LabelledControl({ label, id, hint, className = "", children }: LabelledControlProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children(hintId)}
      {hint && (
        <p id={hintId} className="mt-1.5 text-sm text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
