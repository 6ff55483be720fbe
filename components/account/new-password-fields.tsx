import { FormField } from "@/components/form-field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/customers/schemas";

/** A new password typed twice; `name` is what the action reads the first one as. */
export function NewPasswordFields({ name }: { name: string }) {
  return (
    <>
      <FormField
        label="New password"
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters. A long passphrase is best.`}
      />
      <FormField label="Repeat the new password" name="confirmPassword" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN} maxLength={PASSWORD_MAX} />
    </>
  );
}
