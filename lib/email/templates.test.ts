import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/format/money";
import { abandonedCartEmail } from "./templates/abandoned-cart";
import { escapeHtml, html } from "./templates/html";
import { verifyEmailEmail } from "./templates/verify-email";
import { addressLines, orderConfirmationEmail, type OrderConfirmationInput } from "./templates/order-confirmation";

const store = { name: "Maple & Thread", currency: "USD", locale: "en-US", baseUrl: "https://shop.test", supportEmail: "help@shop.test" };
const hostile = `<script>alert("x")</script>`;

const order: OrderConfirmationInput["order"] = {
  orderNumber: "ORD-0042",
  customerName: hostile,
  customerEmail: "jane@example.test",
  items: [
    { productName: `Tee "Classic" & <b>bold</b>`, variantName: "M", quantity: 2, unitPrice: 1225, total: 2450 },
    { productName: "Mug", variantName: null, quantity: 1, unitPrice: 1500, total: 1500 },
  ],
  subtotal: 3950,
  shippingTotal: 599,
  discountTotal: 500,
  loyaltyPointsRedeemed: 0,
  loyaltyDiscountTotal: 0,
  giftCertificateTotal: 0,
  taxTotal: 316,
  total: 4365,
  shippingAddress: { firstName: "Jane", lastName: "Doe", line1: "1 <Main> St", city: "Portland", state: "OR", postalCode: "97201", country: "US" },
  shippingMethod: "Standard",
};

describe("html template tag", () => {
  it("escapes every interpolation unless it is already SafeHtml", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(html`<p title="${`"><img>`}">${html`<b>${"<i>"}</b>`}${[1, "<", null]}</p>`.value).toBe(
      `<p title="&quot;&gt;&lt;img&gt;"><b>&lt;i&gt;</b>1&lt;</p>`,
    );
  });
});

describe("orderConfirmationEmail", () => {
  const email = orderConfirmationEmail({ store, order });

  it("escapes the customer's and the catalogue's text in the HTML, not in the text part", () => {
    expect(email.html).not.toContain("<script");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(email.html).toContain("Tee &quot;Classic&quot; &amp; &lt;b&gt;bold&lt;/b&gt; (M)");
    expect(email.html).toContain("1 &lt;Main&gt; St");
    expect(email.html).toContain("Maple &amp; Thread");
    expect(email.text).toContain(`Thank you for your order, ${hostile}!`);
  });

  it("formats every amount in the store's currency, discounts as negative", () => {
    for (const part of [email.text, email.html]) {
      for (const amount of ["$24.50", "$12.25", "$15.00", "$39.50", "$5.99", "-$5.00", "$3.16", "$43.65"]) expect(part).toContain(amount);
      expect(part).not.toContain("Gift certificate");
      expect(part).not.toContain("Loyalty points");
    }
    expect(email.text).toContain("Shipping (Standard): $5.99");
    expect(email.text).toContain("Total: $43.65");
  });

  it("shows the points redeemed and what they took off", () => {
    const withPoints = orderConfirmationEmail({ store, order: { ...order, loyaltyPointsRedeemed: 1200, loyaltyDiscountTotal: 1200, total: 3165 } });
    expect(withPoints.text).toContain("Loyalty points (1,200): -$12.00");
    expect(withPoints.html).toContain("Loyalty points (1,200)");
    expect(withPoints.html).toContain("-$12.00");
    expect(withPoints.text).toContain("Total: $31.65");
  });

  it("follows the store's locale and currency", () => {
    const euro = orderConfirmationEmail({ store: { ...store, currency: "EUR", locale: "de-DE" }, order: { ...order, giftCertificateTotal: 1000 } });
    expect(euro.text).toContain(`Total: ${formatMoney(4365, "EUR", "de-DE")}`);
    expect(euro.text).toContain(`Gift certificate: ${formatMoney(-1000, "EUR", "de-DE")}`);
    expect(euro.html).toContain(formatMoney(2450, "EUR", "de-DE"));
  });

  it("links to guest order lookup, with the order number encoded", () => {
    expect(email.text).toContain("https://shop.test/store/orders/lookup?order=ORD-0042");
    expect(email.html).toContain('href="https://shop.test/store/orders/lookup?order=ORD-0042"');
    const odd = orderConfirmationEmail({ store: { ...store, baseUrl: "https://shop.test/" }, order: { ...order, orderNumber: "A&B 1" } });
    expect(odd.text).toContain("https://shop.test/store/orders/lookup?order=A%26B%201");
  });

  it("has a one-line subject and the shipping address", () => {
    expect(email.subject).toBe("Your Maple & Thread order ORD-0042 is confirmed");
    expect(orderConfirmationEmail({ store: { ...store, name: "Evil\r\nBcc: x@y" }, order }).subject).not.toMatch(/[\r\n]/);
    expect(email.text).toContain("Shipping to:\nJane Doe\n1 <Main> St\nPortland, OR 97201\nUS");
    expect(addressLines(null)).toEqual([]);
    expect(addressLines("123 Main St, New York, NY 10001")).toEqual(["123 Main St", "New York", "NY 10001"]);
  });
});

describe("abandonedCartEmail", () => {
  const input = {
    store,
    customerName: hostile,
    items: [
      { productName: "Tee", variantName: "L", quantity: 2, lineTotal: 2450, image: "/assets/tee.webp" },
      { productName: "Poster", quantity: 1, lineTotal: 900, image: "javascript:alert(1)" },
    ],
    subtotal: 3350,
    recoveryUrl: "https://shop.test/api/storefront/1/cart/recover?token=abc&x=1",
  };
  const email = abandonedCartEmail(input);

  it("escapes the customer's name and links the recovery URL", () => {
    expect(email.html).not.toContain("<script");
    expect(email.html).toContain("Hi &lt;script&gt;");
    expect(email.html).toContain('href="https://shop.test/api/storefront/1/cart/recover?token=abc&amp;x=1"');
    expect(email.text).toContain("Return to your cart: https://shop.test/api/storefront/1/cart/recover?token=abc&x=1");
  });

  it("shows items with absolute images and formatted totals, dropping unsafe image URLs", () => {
    expect(email.html).toContain('src="https://shop.test/assets/tee.webp"');
    expect(email.html).not.toContain("javascript:");
    expect(email.text).toContain("2 × Tee (L): $24.50");
    expect(email.text).toContain("Subtotal: $33.50");
    expect(email.subject).toBe("You left something in your Maple & Thread cart");
  });

  it("greets without a name and refuses a recovery URL that is not http(s)", () => {
    expect(abandonedCartEmail({ ...input, customerName: undefined }).text.startsWith("Hi,\n")).toBe(true);
    expect(() => abandonedCartEmail({ ...input, recoveryUrl: "javascript:alert(1)" })).toThrow(/recoveryUrl/);
  });
});

describe("verifyEmailEmail", () => {
  const email = verifyEmailEmail({ store, firstName: hostile, verifyUrl: "https://shop.test/store/account/verify-email?token=abc_-1" });

  it("escapes the name, links the confirmation page and says the link lasts 24 hours and works once", () => {
    expect(email.html).not.toContain("<script");
    expect(email.html).toContain('href="https://shop.test/store/account/verify-email?token=abc_-1"');
    expect(email.text).toContain("https://shop.test/store/account/verify-email?token=abc_-1");
    expect(email.text).toContain("within 24 hours");
    expect(email.text).toContain("The link works once.");
    expect(email.subject).toBe("Confirm your email for Maple & Thread");
  });
});
