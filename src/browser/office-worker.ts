/**
 * Writes a table as a DOCX or ODT file off the page's thread. A worker rather than `import()`:
 * the writers (the `docx` library above all) load only when a reader asks for such a file, and a
 * worker is its own bundle, so no page carries their code, nor a second user of the bundler's
 * preload helper, which would move it out of the search dialog's script into a chunk of its own
 * that every page would load (the 2 KB budget of a plain page, docs/ARCHITECTURE.md).
 */
import { docxTable } from '../lib/office/docx-table.ts';
import { odtTable } from '../lib/office/odt-table.ts';
import type { TableDocument } from '../lib/office/table-document.ts';

export interface OfficeRequest {
  table: TableDocument;
  format: 'docx' | 'odt';
}

export type OfficeReply = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The worker's own scope, typed here: the project's TypeScript settings describe a window. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OfficeRequest>) => void) | null;
  postMessage(message: OfficeReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { table, format } = event.data;
  (format === 'docx' ? docxTable(table) : Promise.resolve(odtTable(table))).then(
    (bytes) => scope.postMessage({ ok: true, bytes }, [bytes.buffer]),
    (error: unknown) => scope.postMessage({ ok: false, message: String(error) }),
  );
};
