// The security headers of every answer: pages get a Content-Security-Policy that lets Next.js
// and Stripe.js work; API answers and stored media are never documents, so they get a policy that
// allows nothing. next.config.mjs sends them on everything it serves; the Storefront API wrapper sets
// the API ones itself too, so they hold for handlers called in-process. This module reads no
// configuration of its own: next.config.mjs imports it before the app's env exists. Plain
// JavaScript (typed by security-headers.d.ts) so that config needs no TypeScript: Next.js loads a
// next.config.ts through its SWC binary, which then stays mapped in the server (26 MB resident).

// Stripe's documented CSP for Stripe.js and Elements (https://docs.stripe.com/security/guide#content-security-policy).
const STRIPE_SCRIPTS = ["https://js.stripe.com", "https://*.js.stripe.com"];
const STRIPE_FRAMES = ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"];
const STRIPE_CONNECT = ["https://api.stripe.com"];
const VERCEL_BLOB_IMAGES = "https://*.public.blob.vercel-storage.com";

/** @param {Record<string, string[]>} directives */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

/**
 * The page policy. Without nonces, as Next's CSP guide describes: its inline bootstrap scripts need
 * 'unsafe-inline', and nonces would make every page dynamic (no static rendering or caching).
 * What the policy still removes: scripts from any other host, plugins, <base> hijacking, forms
 * posting elsewhere, and framing by other sites.
 */
export function pageContentSecurityPolicy({ production, storageOrigins = [] }) {
  return policy({
    "default-src": ["'self'"],
    // React's development build evaluates code for its debugging aids; production never does.
    "script-src": ["'self'", "'unsafe-inline'", ...(production ? [] : ["'unsafe-eval'"]), ...STRIPE_SCRIPTS],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...storageOrigins, VERCEL_BLOB_IMAGES],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...STRIPE_CONNECT],
    "frame-src": STRIPE_FRAMES,
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** A JSON answer or a stored file loads nothing and may be framed by no one. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'";

/** @param {boolean} production */
function commonHeaders(production) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: 'camera=(), microphone=(), geolocation=(), usb=(), payment=(self "https://js.stripe.com")',
    },
    // Only in production: a development server on http://localhost must not pin browsers to HTTPS.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

export function pageSecurityHeaders(options) {
  return [{ key: "Content-Security-Policy", value: pageContentSecurityPolicy(options) }, ...commonHeaders(options.production)];
}

export function apiSecurityHeaders(production) {
  return [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }, ...commonHeaders(production)];
}

/** The next.config.mjs headers() rules: API and media paths get the API set, every other path the page set. */
export function securityHeaderRules(options) {
  return [
    { source: "/((?!api(?:/|$)|media/).*)", headers: pageSecurityHeaders(options) },
    { source: "/api/:path*", headers: apiSecurityHeaders(options.production) },
    { source: "/media/:path*", headers: apiSecurityHeaders(options.production) },
  ];
}
