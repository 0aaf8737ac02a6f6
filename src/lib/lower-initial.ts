/**
 * A text as it continues a sentence after a colon: its first letter lower-case, the rest as
 * written, so proper names keep their capitals ("… in Polish social policy").
 */
export function lowerInitial(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
