import { describe, expect, test } from 'vitest';
import { readDocxTable, readOdtTable } from './__fixtures__/read-office-table.ts';
import { docxTable } from './docx-table.ts';
import { ODT_MIME, odtTable } from './odt-table.ts';
import type { TableDocument } from './table-document.ts';

const AWKWARD = 'Zapis „ust. 2”; "nowe" <b>pogrubienie</b> & <script>x()</script>\nw dwóch wierszach — żółć';
const TABLE: TableDocument = {
  title: 'Zestawienie uwag',
  lines: ['Dokument: Poradnik <testowy>', 'Wersja: 2'],
  columns: ['Lp.', 'Treść uwagi', 'Stanowisko'],
  rows: [
    ['1', AWKWARD, 'uwzględniona'],
    ['2', "'=SUM(A1)", 'wyjaśnienie\u0007'],
  ],
};
const EXPECTED_ROWS = [[...TABLE.columns], ['1', AWKWARD, 'uwzględniona'], ['2', "'=SUM(A1)", 'wyjaśnienie']];

describe('docxTable', () => {
  test('writes a Word document whose table reads back cell by cell, markup kept as text', async () => {
    const docx = readDocxTable(await docxTable(TABLE));
    expect(docx.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expect(docx.rows).toEqual(EXPECTED_ROWS);
    expect(docx.text('word/document.xml')).not.toContain('<b>');
  });

  test('lays the page out in landscape, the header row repeated on every page, with the title and heading lines', async () => {
    const xml = readDocxTable(await docxTable(TABLE)).text('word/document.xml');
    expect(xml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('Zestawienie uwag');
    expect(xml).toContain('Dokument: Poradnik &lt;testowy&gt;');
  });
});

describe('odtTable', () => {
  test('writes an ODF package: mimetype first and stored, manifest, content and styles', () => {
    const bytes = odtTable(TABLE);
    // A zip's first local header: name at offset 30, compression method at 8 (0 = stored).
    expect(new TextDecoder().decode(bytes.slice(30, 38))).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    const odt = readOdtTable(bytes);
    expect(odt.text('mimetype')).toBe(ODT_MIME);
    expect(odt.files).toEqual(['mimetype', 'content.xml', 'styles.xml', 'META-INF/manifest.xml']);
    expect(odt.text('META-INF/manifest.xml')).toContain('manifest:full-path="content.xml"');
  });

  test('its table reads back cell by cell, markup kept as text, and the page is landscape', () => {
    const odt = readOdtTable(odtTable(TABLE));
    expect(odt.rows).toEqual(EXPECTED_ROWS);
    expect(odt.text('content.xml')).not.toContain('<b>');
    expect(odt.text('content.xml')).toContain('Dokument: Poradnik &lt;testowy&gt;');
    expect(odt.text('styles.xml')).toContain('style:print-orientation="landscape"');
  });
});
