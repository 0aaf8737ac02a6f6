/**
 * QR codes of page addresses for printed handouts. The encoding is qrcode-generator's; this module
 * fixes the choices a handout needs (error correction M, UTF-8, a quiet zone) and turns the modules
 * into SVG path data. No Node modules: an island can build the code of an address made in the browser.
 */
import qrcode from 'qrcode-generator';
import { escapeMarkup } from './escape-markup.ts';

/**
 * Level M restores about 15% of the code: enough for a creased or smudged handout while the code
 * of a long address stays small enough to scan from a printed page.
 */
export const QR_ERROR_CORRECTION = 'M';

/** The white margin the QR standard requires around the code, in modules. */
export const QR_QUIET_ZONE = 4;

/** Bytes a version 40 code holds at level M in byte mode: the most any QR code can take. */
export const QR_MAX_BYTES = 2331;

export interface QrCode {
  /** QR version, 1–40: the smallest one the text fits in. */
  version: number;
  /** Modules on a side, without the quiet zone. */
  moduleCount: number;
  /** Modules on a side with the quiet zone: the SVG viewBox is `0 0 size size`. */
  size: number;
  /** `modules[row][column]` is true for a dark module. */
  modules: boolean[][];
  /** SVG path data of the dark modules, in viewBox units (one per module), quiet zone included. */
  path: string;
}

/**
 * The code of `text`, encoded as UTF-8 bytes so Polish letters in an address survive. Throws, with
 * the number of bytes, for empty text and for text longer than any QR code holds.
 */
export function qrCode(text: string): QrCode {
  if (text.length === 0) throw new Error('Kod QR potrzebuje tekstu: otrzymano pusty tekst.');
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > QR_MAX_BYTES) {
    throw new Error(
      `Tekst jest za długi na kod QR: ma ${bytes.length} bajtów (UTF-8), a kod z poziomem korekcji ${QR_ERROR_CORRECTION} mieści najwyżej ${QR_MAX_BYTES}.`,
    );
  }
  const code = qrcode(0, QR_ERROR_CORRECTION);
  // The library turns each character into one byte (code & 0xff); a string of byte values makes
  // it write the UTF-8 bytes as they are, without changing its shared conversion function.
  code.addData(String.fromCharCode(...bytes), 'Byte');
  code.make();
  const moduleCount = code.getModuleCount();
  const modules = Array.from({ length: moduleCount }, (_, row) => Array.from({ length: moduleCount }, (_, column) => code.isDark(row, column)));
  return {
    version: (moduleCount - 17) / 4,
    moduleCount,
    size: moduleCount + 2 * QR_QUIET_ZONE,
    modules,
    path: modulesPath(modules, QR_QUIET_ZONE),
  };
}

/** One rectangle per horizontal run of dark modules, which keeps the path short and free of seams. */
function modulesPath(modules: readonly (readonly boolean[])[], offset: number): string {
  const parts: string[] = [];
  modules.forEach((row, rowIndex) => {
    let column = 0;
    while (column < row.length) {
      if (!row[column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < row.length && row[column]) column += 1;
      parts.push(`M${start + offset} ${rowIndex + offset}h${column - start}v1h${start - column}z`);
    }
  });
  return parts.join('');
}

/** Printed width of a code: at least 2.5 cm, and at least half a millimetre per module for a long address. */
export function qrPrintedWidthMm(code: Pick<QrCode, 'size'>): number {
  return Math.max(25, Math.ceil(code.size / 2));
}

export interface QrSvgOptions {
  /** Accessible name of the image, e.g. "Kod QR z adresem tej strony: https://…". */
  label: string;
  /** Class of the <svg> element. */
  className?: string;
}

/**
 * The code of `text` as an SVG image: black modules on a white square with the quiet zone, sized
 * in millimetres for print, with `role="img"` and the label as its accessible name.
 */
export function qrSvg(text: string, options: QrSvgOptions): string {
  const code = qrCode(text);
  const width = `${qrPrintedWidthMm(code)}mm`;
  const classAttribute = options.className ? ` class="${escapeMarkup(options.className)}"` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${classAttribute} role="img" aria-label="${escapeMarkup(options.label)}" ` +
    `viewBox="0 0 ${code.size} ${code.size}" width="${width}" height="${width}" shape-rendering="crispEdges">` +
    `<rect width="${code.size}" height="${code.size}" fill="#ffffff"/>` +
    `<path d="${code.path}" fill="#000000"/>` +
    `</svg>`
  );
}

/**
 * The code a printed page carries of its own address, in its print header. One function for the
 * server, which draws it for the bare address, and for the browser, which redraws it for an
 * address made there (a course path), so both give the same image and name.
 */
export function pageAddressQrSvg(address: string): string {
  return qrSvg(address, { label: `Kod QR z adresem tej strony: ${address}`, className: 'print-header__qr' });
}
