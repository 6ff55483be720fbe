import type { BrowserContext } from "@playwright/test";

// Stripe.js comes from js.stripe.com, which tests never reach. Where a test must get past the
// Payment Element, the browser is given this stand-in for it instead: a Payment Element that
// shows a line of text, and a confirmPayment that succeeds as Stripe's does, by leaving for the
// return_url. What the payment does at Stripe the test then does itself, at the fake Stripe.
const STRIPE_JS_STAND_IN = `
window.Stripe = function Stripe() {
  const element = {
    mount(node) { node.textContent = "Test card (Stripe.js stand-in)"; },
    on() {}, off() {}, update() {}, unmount() {}, destroy() {},
  };
  return {
    _registerWrapper() {}, registerAppInfo() {},
    createToken() {}, createPaymentMethod() {}, confirmCardPayment() {},
    elements() {
      return { create: () => element, getElement: () => element, update() {} };
    },
    confirmPayment({ confirmParams }) {
      window.location.assign(confirmParams.return_url);
      return new Promise(() => {});
    },
  };
};
window.Stripe.version = "endive";
`;

/** Serves the stand-in for Stripe.js and blocks every other request to Stripe, as checkout.spec.ts does. */
export async function useStripeJsStandIn(context: BrowserContext) {
  await context.route(/^https:\/\/([\w-]+\.)*stripe\.(com|network)\//, (route) =>
    /^https:\/\/js\.stripe\.com\/(v3|[a-z]+)\/stripe\.js/.test(route.request().url())
      ? route.fulfill({ status: 200, contentType: "application/javascript", body: STRIPE_JS_STAND_IN })
      : route.abort("blockedbyclient"),
  );
}
