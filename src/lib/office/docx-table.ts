/**
 * A `TableDocument` as a Word document (.docx), written with the `docx` library: landscape A4,
 * the title as a heading, the heading lines, then the table with its header row repeated on every
 * page. Returns the file's bytes.
 */
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { cellLines, xmlSafe, type TableDocument } from './table-document.ts';

// A4 in twentieths of a point, given portrait: docx swaps them for a landscape section.
const A4 = { width: 11906, height: 16838 };

function cell(text: string, header: boolean): TableCell {
  const runs = cellLines(text).map((line, index) => new TextRun({ text: line, bold: header, break: index > 0 ? 1 : undefined }));
  return new TableCell({ children: [new Paragraph({ children: runs })] });
}

export async function docxTable(table: TableDocument): Promise<Uint8Array> {
  const header = new TableRow({ tableHeader: true, children: table.columns.map((column) => cell(column, true)) });
  const rows = table.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) }));
  const document = new Document({
    title: xmlSafe(table.title),
    sections: [
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(xmlSafe(table.title))] }),
          ...table.lines.map((line) => new Paragraph({ children: [new TextRun(xmlSafe(line))] })),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
