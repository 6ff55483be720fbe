/** Hands a recovered cart's session id from the recovery redirect to the shop's cart page. */
export const RECOVERED_CART_COOKIE = "sf_recovered_cart";
