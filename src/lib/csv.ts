/**
 * CSV files for a Polish spreadsheet: UTF-8 with a byte-order mark (without it Excel reads the file
 * as Windows-1250 and breaks „ą”, „ł”), `;` between fields (the comma is the decimal separator in
 * Polish), a decimal comma, no thousands separator, and CRLF line ends as RFC 4180 writes them.
 * Shared by the chart data files and the consultation remarks form. The English pages' data files
 * pass `,` as the separator and write a decimal point (src/lib/i18n/text-en.ts).
 */

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

/** Quotes a field when it holds the separator, a quote, a line break or spaces at either end. */
export function csvField(value: string, separator: string = CSV_SEPARATOR): string {
  if (value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim()) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

/** The whole file: BOM, header row, then one line per row. Every row must have as many fields as the header. */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[], separator: string = CSV_SEPARATOR): string {
  rows.forEach((row, index) => {
    if (row.length !== headers.length) {
      throw new Error(`Wiersz ${index + 1} pliku CSV ma ${row.length} pól, a nagłówek ${headers.length}: ${JSON.stringify(row)}`);
    }
  });
  const lines = [headers, ...rows].map((row) => row.map((field) => csvField(field, separator)).join(separator));
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/**
 * A number with a decimal comma and no thousands separator: 1234.5 → "1234,5". At most
 * `maximumFractionDigits` digits after the comma, trailing zeros dropped.
 */
export function csvDecimal(value: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) throw new Error(`Liczba do pliku CSV musi być skończona, otrzymano ${value}`);
  const fixed = value.toFixed(maximumFractionDigits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return (trimmed === '-0' ? '0' : trimmed).replace('.', ',');
}

/** Whole grosze as złoty with exactly two decimals, computed in integers: 1660715136 → "16607151,36". */
export function csvMoney(grosze: number): string {
  if (!Number.isInteger(grosze)) throw new Error(`Kwota w groszach musi być liczbą całkowitą, otrzymano ${grosze}`);
  const sign = grosze < 0 ? '-' : '';
  const absolute = Math.abs(grosze);
  return `${sign}${Math.trunc(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}

/** Reads a file written by `toCsv` back into rows (for tests and checks over the built files). */
export function parseCsv(text: string, separator: string = CSV_SEPARATOR): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < body.length; index += 1) {
    const char = body[index]!;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && body[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
