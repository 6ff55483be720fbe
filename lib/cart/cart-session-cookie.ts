/**
 * The shop's cart identity: the cart sessionId of this browser. One value serves every site on a
 * host, as carts are keyed by site and sessionId. HttpOnly: only the server reads it.
 */
export const CART_SESSION_COOKIE = "sf_cart";
