/**
 * A table to hand out as an office document (DOCX, ODT): a title, a few heading lines (document,
 * version, consultation period) and one table with a header row. Every cell is plain text; line
 * breaks inside a cell are kept as line breaks.
 */
export interface TableDocument {
  title: string;
  lines: readonly string[];
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** Characters XML 1.0 cannot hold (control characters other than tab and line breaks), dropped from text. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are exactly the characters removed
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** A cell's text split at its line breaks (CRLF, LF or CR). */
export function cellLines(text: string): string[] {
  return xmlSafe(text).split(/\r\n|\r|\n/);
}
