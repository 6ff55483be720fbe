"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { FormAlert } from "@/components/form-alert";

export type ActionFormState = { ok: boolean; message: string } | null;

type ActionFormProps = {
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  submitLabel: React.ReactNode;
  pendingLabel?: string;
  /** Empty the form after a success (a reply, a new thread), not after saving settings. */
  resetOnSuccess?: boolean;
  tone?: "primary" | "secondary" | "danger";
  className?: string;
  children?: React.ReactNode;
};

const tones = {
  primary: "bg-ink text-paper hover:bg-accent-strong",
  secondary: "border border-ink/80 text-ink hover:bg-ink hover:text-paper",
  danger: "border border-red-800 text-red-800 hover:bg-red-800 hover:text-white",
};

/**
 * A form posting to a server action. Works without JavaScript (the page re-renders with the
 * answer); with it, the answer appears above the fields and is announced (FormAlert's role).
 */
export function ActionForm({ action, submitLabel, pendingLabel = "Saving…", resetOnSuccess = false, tone = "primary", className = "", children }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);

  return (
    <form
      ref={form}
      action={formAction}
      // React resets a form after its action, which would wipe what was typed when the answer is
      // an error; submitting by hand keeps the fields (without JavaScript, `action` still posts).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      className={`space-y-5 ${className}`}
    >
      {state && <FormAlert tone={state.ok ? "success" : "error"}>{state.message}</FormAlert>}
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex h-11 items-center justify-center rounded-full px-6 text-sm font-medium transition-colors disabled:opacity-60 ${tones[tone]}`}
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
