// Characters XML 1.0 forbids even when escaped (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/U+FFFF).
// Escaping alone would leave the document malformed, so they are dropped: they never carry meaning in a name or address.
const INVALID_XML_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// &apos; is not an HTML 4 entity (old mail clients show it literally); the numeric form works everywhere.
const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** Text or attribute value made safe for XML: the five special characters escaped, forbidden characters removed. */
export function escapeXml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(INVALID_XML_CHARS, '')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/** Text or attribute value made safe for an HTML mail body: markup in a value always renders as text. */
export function escapeHtml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(INVALID_XML_CHARS, '')
    .replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
