/**
 * The participant's "formularz zgłaszania uwag" as an office document (DOCX, ODT), for offices
 * that ask for a .docx: the same rows as the CSV form, with the document, version, submitter and
 * the version's address in the heading instead of a column on every row.
 */
import type { TableDocument } from '../office/table-document.ts';
import type { Remark } from './remark.ts';
import { REMARK_COLUMNS, remarkRows, type Submitter } from './remarks-csv.ts';

export function remarksDocument(
  remarks: readonly Remark[],
  submitter: Submitter,
  document: { title: string; version: number; address: string },
): TableDocument {
  const last = REMARK_COLUMNS.length - 1;
  return {
    title: 'Formularz zgłaszania uwag',
    lines: [`Dokument: ${document.title}`, `Wersja: ${document.version} (${document.address})`, `Podmiot zgłaszający: ${submitter.name}`],
    columns: REMARK_COLUMNS.slice(0, last),
    rows: remarkRows(remarks, submitter, document.address).map((row) => row.slice(0, last)),
  };
}
