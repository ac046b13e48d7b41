import { raw, type Raw } from '../jsx/runtime.js';

/** A JSON-LD node: plain data, serialised as is. */
export type JsonLd = { [key: string]: unknown };

// Characters that could end the <script> element or confuse an HTML parser inside it, and the
// two line separators older JavaScript parsers treat as line ends: all escaped as \uXXXX, which
// JSON reads back as the same characters.
const UNSAFE_RE = /[<>&\u2028\u2029]/g;

/** JSON for a `<script>` data block: `</script>` and friends cannot break out of it. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(UNSAFE_RE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A `<script type="application/ld+json">` block with a schema.org context. */
export function jsonLdScript(data: JsonLd): Raw {
  return raw(`<script type="application/ld+json">${serializeJsonLd({ '@context': 'https://schema.org', ...data })}</script>`);
}
