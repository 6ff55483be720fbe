// Structured data for search engines. JSON.stringify does not escape "<", so a product name
// containing "</script>" could end the tag early; "<", ">" and "&" become \u escapes, which
// JSON parsers read back unchanged.
const unsafe = /[<>&\u2028\u2029]/g;
const escapeChar = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(unsafe, escapeChar);
}

export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
