/**
 * Files the reader downloads from the consultation tools: any text or bytes saved under a name,
 * and tables as Word or OpenDocument files. The writers run in a worker (./office-worker.ts) that
 * starts only when the reader asks for such a file, so no page carries their code at first view.
 */
import type { TableDocument } from '../lib/office/table-document.ts';
import type { OfficeReply, OfficeRequest } from './office-worker.ts';

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

/** The file's bytes, written by ./office-worker.ts. */
function officeBytes(table: TableDocument, format: OfficeFormat): Promise<Uint8Array<ArrayBuffer>> {
  const worker = new Worker(new URL('./office-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<OfficeReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes as Uint8Array<ArrayBuffer>);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    const request: OfficeRequest = { table, format };
    worker.postMessage(request);
  });
}

/** Writes `table` as a .docx or .odt file and saves it; the name's extension follows the format. */
export async function downloadOfficeTable(table: TableDocument, fileName: string, format: OfficeFormat): Promise<void> {
  downloadFile(await officeBytes(table, format), fileName, MIME[format]);
}
