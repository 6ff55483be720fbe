import type { Metadata } from "next";
import { AccountHeading, cardClass } from "@/components/account/account-heading";
import { ActionForm } from "@/components/account/action-form";
import { FormField } from "@/components/form-field";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { PASSWORD_MAX } from "@/lib/customers/schemas";
import { memberPage } from "../../_lib/member";
import { changePasswordAction } from "./actions";

type Props = { params: Promise<{ tenant: string }> };

export const metadata: Metadata = { title: "Change password", robots: { index: false } };

export default async function PasswordPage({ params }: Props) {
  const { shop } = await memberPage((await params).tenant, "/account/password");
  return (
    <div>
      <AccountHeading title="Change password">
        <p>Changing it signs you out on every other device.</p>
      </AccountHeading>
      <div className={`mt-8 max-w-xl ${cardClass}`}>
        <ActionForm action={changePasswordAction.bind(null, shop.siteId)} submitLabel="Change password" pendingLabel="Changing…" resetOnSuccess>
          <FormField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required maxLength={PASSWORD_MAX} />
          <NewPasswordFields name="newPassword" />
        </ActionForm>
      </div>
    </div>
  );
}
