/**
 * The zestawienie uwag as a table in the usual column order of Polish consultation reports, and
 * the same table as a CSV file and as an office document. Everything a participant or the
 * organiser typed may start with `=`, `+`, `-` or `@`, which a spreadsheet would run as a
 * formula, so every exported cell is neutralised (../../spreadsheet-safe.ts).
 */
import { toCsv } from '../../csv.ts';
import { formatDatePl } from '../../dates.ts';
import type { TableDocument } from '../../office/table-document.ts';
import { spreadsheetSafe } from '../../spreadsheet-safe.ts';
import { remarkPositions, submitterKinds } from '../../vocabulary.ts';
import type { ConsultedVersion } from './received-form.ts';
import { answerFor, type Review } from './review.ts';

export const SUMMARY_COLUMNS = [
  'Lp.',
  'Część dokumentu',
  'Podmiot zgłaszający',
  'Rodzaj podmiotu',
  'Dotychczasowy zapis',
  'Treść uwagi / proponowany zapis',
  'Uzasadnienie uwagi',
  'Stanowisko',
  'Uzasadnienie stanowiska',
] as const;

/** One row per remark in document order, as the organiser sees them (names of private persons included). */
export function summaryRows(review: Review): string[][] {
  return review.remarks.map((remark, index) => {
    const answer = answerFor(review, remark.key);
    return [
      String(index + 1),
      remark.paragraphLabel,
      remark.submitter,
      remark.submitterKind ? submitterKinds[remark.submitterKind] : '',
      remark.currentText,
      remark.proposal,
      remark.justification,
      answer.position ? remarkPositions[answer.position] : '',
      answer.justification,
    ];
  });
}

const safeRows = (review: Review) => summaryRows(review).map((row) => row.map(spreadsheetSafe));

export function summaryCsv(review: Review): string {
  return toCsv(SUMMARY_COLUMNS, safeRows(review));
}

/** „Konsultacje: od 23 listopada 2026 do 18 grudnia 2026”. */
export function periodLine(version: ConsultedVersion): string {
  const day = (iso: string) => formatDatePl(new Date(`${iso}T00:00:00Z`));
  return `Konsultacje: od ${day(version.period.from)} do ${day(version.period.to)}`;
}

export function summaryDocument(review: Review, version: ConsultedVersion): TableDocument {
  return {
    title: 'Zestawienie uwag',
    lines: [`Dokument: ${version.title}`, `Wersja: ${version.version}`, periodLine(version)],
    columns: SUMMARY_COLUMNS,
    rows: safeRows(review),
  };
}

/** `zestawienie-uwag-<document>-wersja-<version>.<extension>`. */
export function summaryFileName(version: ConsultedVersion, extension: string): string {
  return `zestawienie-uwag-${version.documentId}-wersja-${version.version}.${extension}`;
}
