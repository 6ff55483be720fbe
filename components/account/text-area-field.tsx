import { LabelledControl } from "@/components/form-field";

type TextAreaFieldProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; hint?: string };

/** A labelled multi-line field, the FormField of longer text; the id defaults to the name. */
export function TextAreaField({ label, name, hint, id = name, className = "", rows = 4, ...textarea }: TextAreaFieldProps) {
  return (
    <LabelledControl label={label} id={id} hint={hint} className={className}>
      {(hintId) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          aria-describedby={hintId}
          className="mt-1.5 block w-full rounded-xl border border-stone-300 bg-white px-3.5 py-2.5 text-base text-ink placeholder:text-muted focus:border-ink"
          {...textarea}
        />
      )}
    </LabelledControl>
  );
}
