"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { addAddress, deleteAddress, updateAddress, updateAddressSchema } from "@/lib/account/addresses";
import { addressInputSchema } from "@/lib/customers/update-customer-profile";
import { checked, formResult, optionalText, parseForm, type FormState } from "../../_lib/form-state";
import { actingMember } from "../../_lib/member";

const labels = { line1: "Address line 1", city: "City", country: "Country code", postalCode: "Postal code", state: "State", phone: "Phone", label: "Label" };

function addressFrom(formData: FormData) {
  const text = (name: string) => optionalText(formData, name);
  return {
    label: text("label"),
    firstName: text("firstName"),
    lastName: text("lastName"),
    company: text("company"),
    line1: text("line1"),
    line2: text("line2"),
    city: text("city"),
    state: text("state"),
    postalCode: text("postalCode"),
    country: text("country"),
    phone: text("phone"),
    isDefaultShipping: checked(formData, "isDefaultShipping"),
    isDefaultBilling: checked(formData, "isDefaultBilling"),
  };
}

export async function addAddressAction(siteId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, "/account/addresses/new");
  const result = await formResult(async () => {
    await addAddress(customerId, parseForm(addressInputSchema, addressFrom(formData)));
    return "Address added.";
  }, labels);
  if (result?.ok) redirect(shop.href("/account/addresses?notice=added"));
  return result;
}

export async function updateAddressAction(siteId: number, addressId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const { shop, customerId } = await actingMember(siteId, `/account/addresses/${addressId}`);
  const result = await formResult(async () => {
    await updateAddress(customerId, addressId, parseForm(updateAddressSchema, addressFrom(formData)));
    return "Address saved.";
  }, labels);
  if (result?.ok) redirect(shop.href("/account/addresses?notice=updated"));
  return result;
}

export async function deleteAddressAction(siteId: number, addressId: number): Promise<FormState> {
  const { customerId } = await actingMember(siteId, "/account/addresses");
  return formResult(async () => {
    await deleteAddress(customerId, addressId);
    refresh();
    return "Address deleted.";
  });
}
