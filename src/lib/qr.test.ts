import jsQR from 'jsqr';
import qrcode from 'qrcode-generator';
import { describe, expect, test } from 'vitest';
import { pageAddressQrSvg, QR_MAX_BYTES, QR_QUIET_ZONE, qrCode, qrPrintedWidthMm, qrSvg } from './qr.ts';

/** Dark cells drawn by the SVG path: each "M x y h w v1 h -w z" is one run of modules. */
function cellsFromPath(path: string, size: number): boolean[][] {
  const cells = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((run) => run[0]).join('')).toBe(path);
  for (const [, x, y, width] of runs) {
    for (let column = Number(x); column < Number(x) + Number(width); column += 1) cells[Number(y)]![column] = true;
  }
  return cells;
}

/** The path as a greyscale picture, `scale` pixels per module, and what an independent decoder reads in it. */
function decode(text: string, scale = 4): ReturnType<typeof jsQR> {
  const code = qrCode(text);
  const cells = cellsFromPath(code.path, code.size);
  const side = code.size * scale;
  const pixels = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const value = cells[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * side + x) * 4);
    }
  }
  return jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' });
}

/** Error correction level from the format bits beside the top-left finder (ISO/IEC 18004, 7.9). */
function errorCorrectionLevel(modules: readonly (readonly boolean[])[]): string {
  const count = modules.length;
  let bits = 0;
  for (let i = 0; i < 15; i += 1) {
    const row = i < 6 ? i : i < 8 ? i + 1 : count - 15 + i;
    if (modules[row]![8]) bits |= 1 << i;
  }
  const level = ((bits ^ 0x5412) >> 13) & 0b11;
  return ['M', 'L', 'H', 'Q'][level]!;
}

const ADDRESS = 'https://modele.example.gov.pl/szkolenia/cus-zarzadzanie-i-organizacja-uslug-spolecznych/';

describe('qrCode', () => {
  test.each([
    ['a page address', ADDRESS],
    ['Polish letters, as UTF-8', 'https://example.org/ścieżka/?moduł=Zażółć gęślą jaźń'],
    ['an address near the size limit of a handout', `https://example.org/?moduly=${'szkola-kooperacji,'.repeat(40)}`],
  ])('an independent decoder reads back %s', (_, text) => {
    const decoded = decode(text);
    expect(decoded?.data).toBe(text);
    expect(decoded?.version).toBe(qrCode(text).version);
  });

  test('uses error correction level M', () => {
    expect(errorCorrectionLevel(qrCode(ADDRESS).modules)).toBe('M');
    // The reader of the format bits itself, checked on a code made at another level.
    const low = qrcode(0, 'L');
    low.addData(ADDRESS, 'Byte');
    low.make();
    const lowModules = Array.from({ length: low.getModuleCount() }, (_, row) =>
      Array.from({ length: low.getModuleCount() }, (_, column) => low.isDark(row, column)),
    );
    expect(errorCorrectionLevel(lowModules)).toBe('L');
  });

  test.each([
    // Byte-mode capacity at level M: 14 bytes in version 1, 26 in version 2, 106 in version 6.
    [14, 1],
    [15, 2],
    [26, 2],
    [27, 3],
    [106, 6],
    [107, 7],
    [QR_MAX_BYTES, 40],
  ])('%i bytes take the smallest version that holds them: %i', (length, version) => {
    const code = qrCode('a'.repeat(length));
    expect(code.version).toBe(version);
    expect(code.moduleCount).toBe(17 + 4 * version);
    expect(code.size).toBe(code.moduleCount + 2 * QR_QUIET_ZONE);
  });

  test('counts a Polish letter as the two bytes it takes in UTF-8', () => {
    expect(qrCode('ą'.repeat(7)).version).toBe(1);
    expect(qrCode('ą'.repeat(8)).version).toBe(2);
  });

  test('gives the same code for the same text every time', () => {
    expect(qrCode(ADDRESS)).toEqual(qrCode(ADDRESS));
    expect(qrCode(ADDRESS).path).not.toBe(qrCode(`${ADDRESS}#krok-1`).path);
  });

  test('leaves the quiet zone white', () => {
    const code = qrCode(ADDRESS);
    const cells = cellsFromPath(code.path, code.size);
    const edge = cells.flatMap((row, y) => row.filter((_, x) => Math.min(x, y, code.size - 1 - x, code.size - 1 - y) < QR_QUIET_ZONE));
    expect(edge.every((dark) => !dark)).toBe(true);
    // The top-left finder pattern starts right after the quiet zone.
    expect(cells[QR_QUIET_ZONE]![QR_QUIET_ZONE]).toBe(true);
  });

  test('rejects empty text', () => {
    expect(() => qrCode('')).toThrow('Kod QR potrzebuje tekstu: otrzymano pusty tekst.');
  });

  test('rejects text longer than any QR code holds, counting its UTF-8 bytes', () => {
    expect(() => qrCode('a'.repeat(QR_MAX_BYTES + 1))).toThrow(
      'Tekst jest za długi na kod QR: ma 2332 bajtów (UTF-8), a kod z poziomem korekcji M mieści najwyżej 2331.',
    );
    expect(() => qrCode('ł'.repeat(1200))).toThrow('ma 2400 bajtów');
  });
});

describe('qrPrintedWidthMm', () => {
  test('is 2.5 cm for a page address and grows for a long one, half a millimetre per module', () => {
    expect(qrPrintedWidthMm(qrCode(ADDRESS))).toBe(25);
    expect(qrPrintedWidthMm({ size: 77 + 8 })).toBe(43);
  });
});

describe('qrSvg', () => {
  test('is an image named by its label, black on white, with the quiet zone in its viewBox', () => {
    const code = qrCode(ADDRESS);
    const svg = qrSvg(ADDRESS, { label: `Kod QR z adresem tej strony: ${ADDRESS}`, className: 'qr-code' });
    expect(svg).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" role="img" aria-label="Kod QR z adresem tej strony: ${ADDRESS}" ` +
        `viewBox="0 0 ${code.size} ${code.size}" width="25mm" height="25mm" shape-rendering="crispEdges">` +
        `<rect width="${code.size}" height="${code.size}" fill="#ffffff"/><path d="${code.path}" fill="#000000"/></svg>`,
    );
  });

  test('escapes the label', () => {
    expect(qrSvg('x', { label: 'a "b" <c> & d' })).toContain('aria-label="a &quot;b&quot; &lt;c&gt; &amp; d"');
  });
});

describe('pageAddressQrSvg', () => {
  test("is the print header's code of the address, named by it", () => {
    expect(pageAddressQrSvg(ADDRESS)).toBe(qrSvg(ADDRESS, { label: `Kod QR z adresem tej strony: ${ADDRESS}`, className: 'print-header__qr' }));
  });
});
