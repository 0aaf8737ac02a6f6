/** A percent-encoded part of an address decoded, or as written when it is not valid encoding (an address typed by hand). */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
