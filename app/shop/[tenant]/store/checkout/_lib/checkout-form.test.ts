import { describe, expect, it } from "vitest";
import { checkoutSchema } from "@/lib/checkout/schemas";
import { parseCheckoutForm, toCheckoutInput } from "./checkout-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const filled = {
  email: " Jane@Example.com ",
  name: "Jane Smith",
  phone: "",
  line1: "123 Main St",
  line2: "",
  city: "Portland",
  state: "or",
  postalCode: "97201",
  country: "us",
  shippingRateId: "3",
  discountCode: "welcome10",
  giftCertificateCode: "",
  note: "",
  idempotencyKey: "key-1",
};

describe("the checkout form", () => {
  it("turns the fields into the input POST /checkout takes", () => {
    const { data } = parseCheckoutForm(form(filled));
    const input = toCheckoutInput(data!, "session-1");
    expect(checkoutSchema.parse(input)).toMatchObject({
      sessionId: "session-1",
      customerEmail: "Jane@Example.com",
      customerName: "Jane Smith",
      shippingAddress: { name: "Jane Smith", line1: "123 Main St", city: "Portland", state: "OR", postalCode: "97201", country: "US" },
      shippingRateId: "3",
      discountCode: "welcome10",
      giftCertificateCode: null,
    });
    expect(input.shippingAddress).not.toHaveProperty("line2");
    expect(input.loyaltyPoints).toBeNull();
    expect(checkoutSchema.parse(toCheckoutInput(parseCheckoutForm(form({ ...filled, loyaltyPoints: " 250 " })).data!, "s")).loyaltyPoints).toBe(250);
  });

  it("reports every missing or malformed field at once, in the label's words", () => {
    const { errors } = parseCheckoutForm(form({ ...filled, email: "jane@", name: " ", line1: "", city: "", country: "", shippingRateId: "", loyaltyPoints: "1.5" }));
    expect(errors).toEqual({
      email: "Enter a valid email address, like name@example.com",
      name: "Enter your full name",
      line1: "Enter the street address",
      city: "Enter the city",
      country: "Choose a country",
      shippingRateId: "Choose a shipping method",
      loyaltyPoints: "Enter a whole number of points",
    });
  });

  it("treats a field that was not sent like an empty one", () => {
    expect(parseCheckoutForm(new FormData()).errors).toMatchObject({ email: "Enter your email address", idempotencyKey: "Reload the page and try again" });
  });
});
