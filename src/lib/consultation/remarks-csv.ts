/**
 * The "formularz zgłaszania uwag" as a CSV file for a Polish spreadsheet (see `../csv.ts`: BOM,
 * `;`, CRLF): the usual columns of a Polish consultation form, one row per remark in document
 * order, with exactly what the reader typed (no trimming, no escaping of text that a spreadsheet
 * might read as a formula: the file is the reader's own words, sent to the editors). A blank form
 * with every unit's number and wording serves readers without JavaScript.
 */
import { toCsv } from '../csv.ts';
import type { DocumentStructure } from './paragraphs.ts';
import type { Remark } from './remark.ts';
import { inDocumentOrder } from './remark-order.ts';

export const REMARK_COLUMNS = [
  'Lp.',
  'Podmiot zgłaszający',
  'Część dokumentu',
  'Dotychczasowy zapis',
  'Treść uwagi / proponowany zapis',
  'Uzasadnienie',
] as const;

/** The reader's remarks, numbered 1..n in document order (§, ust., then oldest first), each with the submitter. */
export function remarksToCsv(remarks: readonly Remark[], submitter: string): string {
  const rows = inDocumentOrder(remarks).map((remark, index) => [
    String(index + 1),
    submitter,
    remark.paragraphLabel,
    remark.currentText,
    remark.proposal,
    remark.justification,
  ]);
  return toCsv(REMARK_COLUMNS, rows);
}

/** A blank form: one numbered row per unit with its citation and wording, the other columns empty. */
export function remarkTemplateCsv(structure: DocumentStructure): string {
  const paragraphs = [...structure.paragraphs].sort((a, b) => a.section - b.section || a.unit - b.unit);
  const rows = paragraphs.map((paragraph, index) => [String(index + 1), '', paragraph.label, paragraph.text, '', '']);
  return toCsv(REMARK_COLUMNS, rows);
}

/** `uwagi-<document>-wersja-<version>.csv`. */
export function remarksFileName(documentId: string, version: number): string {
  return `uwagi-${documentId}-wersja-${version}.csv`;
}
