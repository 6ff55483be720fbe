/** Request header through which the proxy tells pages the public path prefix of the shop. */
export const SHOP_BASE_HEADER = "x-shop-base";
