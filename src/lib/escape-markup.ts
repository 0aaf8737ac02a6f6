/**
 * Text made safe to write into HTML or SVG markup, as element content or as an attribute value.
 * Apostrophes are left alone because every attribute this site writes by hand is in double quotes.
 */
const MARKUP_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (character) => MARKUP_ESCAPES[character]!);
}
