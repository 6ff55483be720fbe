"use client";

import { useActionState, useId } from "react";

/** After a refusal, the typed code stays in the box (React resets a form once its action has run). */
export type CodeFormState = { error: string | null; code?: string };

type CodeFormProps = {
  action: (previous: CodeFormState, formData: FormData) => Promise<CodeFormState>;
  label: string;
  placeholder?: string;
};

/** One code box (discount or gift certificate) with Apply; a refused code says why under the box. */
export function CodeForm({ action, label, placeholder }: CodeFormProps) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <form action={formAction} noValidate>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <div className="mt-1.5 flex gap-2">
        <input
          id={id}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={64}
          defaultValue={state.code}
          placeholder={placeholder}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? errorId : undefined}
          className="block h-11 min-w-0 flex-1 rounded-xl border border-stone-300 bg-white px-3.5 text-base text-ink uppercase placeholder:text-stone-500 placeholder:normal-case focus:border-ink aria-invalid:border-red-700"
        />
        <button
          type="submit"
          disabled={pending}
          className="inline-flex h-11 shrink-0 items-center rounded-full border border-ink px-5 text-sm font-medium text-ink transition-colors hover:bg-ink hover:text-paper disabled:opacity-60"
        >
          {pending ? "Checking…" : "Apply"}
        </button>
      </div>
      <p id={errorId} role="alert" className="mt-1.5 text-sm text-red-800 empty:hidden">
        {state.error}
      </p>
    </form>
  );
}
