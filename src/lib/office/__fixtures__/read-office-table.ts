/**
 * Reads the table back out of a DOCX or ODT file: unzips it with fflate and takes each row's
 * cells as text (line breaks as "\n"). For tests of the writers and of downloaded files.
 */
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';

export interface OfficeTable {
  files: string[];
  /** The text of one file of the package. */
  text: (name: string) => string;
  rows: string[][];
}

const unescape = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

export function readDocxTable(bytes: Uint8Array): OfficeTable {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const xml = parse(text('word/document.xml'));
  const rows = xml.querySelectorAll('w\\:tr').map((row) =>
    row.querySelectorAll('w\\:tc').map((cell) =>
      cell
        .querySelectorAll('w\\:r')
        .map(
          (run) =>
            (run.querySelector('w\\:br') ? '\n' : '') +
            run
              .querySelectorAll('w\\:t')
              .map((t) => unescape(t.innerHTML))
              .join(''),
        )
        .join(''),
    ),
  );
  return { files: Object.keys(files), text, rows };
}

export function readOdtTable(bytes: Uint8Array): OfficeTable {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const xml = parse(text('content.xml'));
  const rows = xml.querySelectorAll('table\\:table-row').map((row) =>
    row.querySelectorAll('table\\:table-cell').map((cell) =>
      cell
        .querySelectorAll('text\\:p')
        .map((p) => unescape(p.innerHTML.replaceAll('<text:line-break/>', '\n').replaceAll('<text:line-break></text:line-break>', '\n')))
        .join('\n'),
    ),
  );
  return { files: Object.keys(files), text, rows };
}
