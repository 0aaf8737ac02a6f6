/**
 * Text that a spreadsheet will show as text, never run as a formula (CSV injection, OWASP): a
 * cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe,
 * which Calc and Excel read as "this is text". Used by every table the organiser exports,
 * whose cells hold what strangers typed.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
