/**
 * The "formularz zgłaszania uwag" as a CSV file for a Polish spreadsheet (see `../csv.ts`: BOM,
 * `;`, CRLF): the usual columns of a Polish consultation form, one row per remark in document
 * order, with exactly what the reader typed (no trimming, no escaping of text that a spreadsheet
 * might read as a formula: the file is the reader's own words, sent to the editors). Each row also
 * names the submitter's kind and the address of the version, so the organiser's tool can tell
 * which document a received form is about. A blank form with every unit's number and wording
 * serves readers without JavaScript.
 */
import { toCsv } from '../csv.ts';
import { submitterKinds, type SubmitterKind } from '../vocabulary.ts';
import type { DocumentStructure } from './paragraphs.ts';
import type { Remark } from './remark.ts';
import { inDocumentOrder } from './remark-order.ts';

export const REMARK_COLUMNS = [
  'Lp.',
  'Podmiot zgłaszający',
  'Rodzaj podmiotu',
  'Część dokumentu',
  'Dotychczasowy zapis',
  'Treść uwagi / proponowany zapis',
  'Uzasadnienie',
  'Wersja dokumentu',
] as const;

/** Who submits the remarks: the name as typed and, once chosen, whether it is an organisation or a private person. */
export interface Submitter {
  name: string;
  kind: SubmitterKind | null;
}

/** The form's rows (without the header), numbered 1..n in document order (§, ust., then oldest first). */
export function remarkRows(remarks: readonly Remark[], submitter: Submitter, versionAddress: string): string[][] {
  const kind = submitter.kind ? submitterKinds[submitter.kind] : '';
  return inDocumentOrder(remarks).map((remark, index) => [
    String(index + 1),
    submitter.name,
    kind,
    remark.paragraphLabel,
    remark.currentText,
    remark.proposal,
    remark.justification,
    versionAddress,
  ]);
}

export function remarksToCsv(remarks: readonly Remark[], submitter: Submitter, versionAddress: string): string {
  return toCsv(REMARK_COLUMNS, remarkRows(remarks, submitter, versionAddress));
}

/** A blank form: one numbered row per unit with its citation, wording and the version's address, the other columns empty. */
export function remarkTemplateCsv(structure: DocumentStructure, versionAddress: string): string {
  const paragraphs = [...structure.paragraphs].sort((a, b) => a.section - b.section || a.unit - b.unit);
  const rows = paragraphs.map((paragraph, index) => [String(index + 1), '', '', paragraph.label, paragraph.text, '', '', versionAddress]);
  return toCsv(REMARK_COLUMNS, rows);
}

/** `uwagi-<document>-wersja-<version>.<extension>` (csv, docx, odt). */
export function remarksFileName(documentId: string, version: number, extension = 'csv'): string {
  return `uwagi-${documentId}-wersja-${version}.${extension}`;
}
