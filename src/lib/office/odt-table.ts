/**
 * A `TableDocument` as an OpenDocument text (.odt) for LibreOffice Writer: an ODF package zipped
 * with fflate, `mimetype` first and stored uncompressed as ODF 1.2 requires, with its manifest,
 * content and styles (a landscape A4 page). Text goes in escaped, never as markup.
 */
import { strToU8, zipSync } from 'fflate';
import { escapeMarkup } from '../escape-markup.ts';
import { cellLines, xmlSafe, type TableDocument } from './table-document.ts';

export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
].join(' ');

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODT_MIME}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${NS} office:version="1.2">
 <office:automatic-styles>
  <style:page-layout style:name="Poziomo">
   <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.5cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Poziomo"/>
 </office:master-styles>
</office:document-styles>`;

const text = (value: string) => escapeMarkup(xmlSafe(value));

function paragraph(value: string, style?: string): string {
  const lines = cellLines(value).map(text).join('<text:line-break/>');
  return `<text:p${style ? ` text:style-name="${style}"` : ''}>${lines}</text:p>`;
}

function row(cells: readonly string[], style?: string): string {
  return `<table:table-row>${cells.map((value) => `<table:table-cell office:value-type="string">${paragraph(value, style)}</table:table-cell>`).join('')}</table:table-row>`;
}

function content(table: TableDocument): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.2">
 <office:automatic-styles>
  <style:style style:name="Naglowek" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:outline-level="1">${text(table.title)}</text:h>
  ${table.lines.map((line) => paragraph(line)).join('\n  ')}
  <table:table table:name="Tabela">
   <table:table-column table:number-columns-repeated="${table.columns.length}"/>
   <table:table-header-rows>${row(table.columns, 'Naglowek')}</table:table-header-rows>
   ${table.rows.map((cells) => row(cells)).join('\n   ')}
  </table:table>
 </office:text></office:body>
</office:document-content>`;
}

export function odtTable(table: TableDocument): Uint8Array {
  return zipSync({
    mimetype: [strToU8(ODT_MIME), { level: 0 }],
    'content.xml': strToU8(content(table)),
    'styles.xml': strToU8(STYLES),
    'META-INF/manifest.xml': strToU8(MANIFEST),
  });
}
