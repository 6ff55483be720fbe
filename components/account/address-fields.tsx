import { FormField } from "@/components/form-field";

export type AddressValues = {
  label: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  line1: string;
  line2: string | null;
  city: string;
  state: string | null;
  postalCode: string | null;
  country: string;
  phone: string | null;
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
};

const checkbox = "size-5 rounded border-stone-400 accent-ink";

/** The address book's fields with autofill hints; `address` fills them in to edit one. */
export function AddressFields({ address }: { address?: AddressValues }) {
  const value = (v: string | null | undefined) => v ?? "";
  return (
    <>
      <FormField label="Label (optional)" name="label" maxLength={60} placeholder="Home, Work…" defaultValue={value(address?.label)} className="sm:max-w-xs" />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="First name" name="firstName" autoComplete="given-name" maxLength={100} defaultValue={value(address?.firstName)} />
        <FormField label="Last name" name="lastName" autoComplete="family-name" maxLength={100} defaultValue={value(address?.lastName)} />
      </div>
      <FormField label="Company (optional)" name="company" autoComplete="organization" maxLength={120} defaultValue={value(address?.company)} />
      <FormField label="Address line 1" name="line1" autoComplete="address-line1" required maxLength={200} defaultValue={value(address?.line1)} />
      <FormField label="Address line 2 (optional)" name="line2" autoComplete="address-line2" maxLength={200} defaultValue={value(address?.line2)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="City" name="city" autoComplete="address-level2" required maxLength={100} defaultValue={value(address?.city)} />
        <FormField label="State, province or region" name="state" autoComplete="address-level1" maxLength={100} defaultValue={value(address?.state)} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="Postal code" name="postalCode" autoComplete="postal-code" maxLength={20} defaultValue={value(address?.postalCode)} />
        <FormField
          label="Country code"
          name="country"
          autoComplete="country"
          required
          minLength={2}
          maxLength={2}
          pattern="[A-Za-z]{2}"
          hint="Two letters, for example US or CA."
          defaultValue={value(address?.country)}
          className="[&_input]:uppercase"
        />
      </div>
      <FormField label="Phone (optional)" name="phone" type="tel" autoComplete="tel" maxLength={40} defaultValue={value(address?.phone)} className="sm:max-w-xs" />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-ink">Defaults</legend>
        <label className="flex items-center gap-3 text-sm text-ink">
          <input type="checkbox" name="isDefaultShipping" defaultChecked={address?.isDefaultShipping} className={checkbox} />
          Default shipping address
        </label>
        <label className="flex items-center gap-3 text-sm text-ink">
          <input type="checkbox" name="isDefaultBilling" defaultChecked={address?.isDefaultBilling} className={checkbox} />
          Default billing address
        </label>
      </fieldset>
    </>
  );
}

/** An address as lines of text, the way it is written on a parcel. */
export function AddressLines({ address }: { address: Omit<AddressValues, "isDefaultShipping" | "isDefaultBilling" | "label"> }) {
  const name = [address.firstName, address.lastName].filter(Boolean).join(" ");
  const cityLine = [address.city, address.state, address.postalCode].filter(Boolean).join(", ");
  const lines = [name, address.company, address.line1, address.line2, cityLine, address.country, address.phone].filter(Boolean);
  return (
    <address className="text-sm leading-6 text-ink not-italic">
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}
