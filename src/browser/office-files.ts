/**
 * Files the reader downloads from the consultation tools: any text or bytes saved under a name,
 * and tables as Word or OpenDocument files. The writers load only when the reader asks for such
 * a file (`import()`), so no page carries their code at first view.
 */
import type { TableDocument } from '../lib/office/table-document.ts';

export type OfficeFormat = 'docx' | 'odt';

const MIME: Record<OfficeFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/** Saves `data` as a download named `fileName`. */
export function downloadFile(data: string | Uint8Array<ArrayBuffer>, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function officeBytes(table: TableDocument, format: OfficeFormat): Promise<Uint8Array<ArrayBuffer>> {
  if (format === 'docx') {
    const { docxTable } = await import('../lib/office/docx-table.ts');
    return (await docxTable(table)) as Uint8Array<ArrayBuffer>;
  }
  const { odtTable } = await import('../lib/office/odt-table.ts');
  return odtTable(table) as Uint8Array<ArrayBuffer>;
}

/** Writes `table` as a .docx or .odt file and saves it; the name's extension follows the format. */
export async function downloadOfficeTable(table: TableDocument, fileName: string, format: OfficeFormat): Promise<void> {
  downloadFile(await officeBytes(table, format), fileName, MIME[format]);
}
