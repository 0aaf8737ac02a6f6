/**
 * A published consultation report as the site shows it: how many remarks, by position and by
 * submitter type, in the sentence the consulted version shows; the remarks grouped by unit in
 * document order; who submitted each one as the public may see it; and the report as a CSV file.
 */
import { toCsv } from '../csv.ts';
import { countPl } from '../plural.ts';
import { spreadsheetSafe } from '../spreadsheet-safe.ts';
import { remarkPositions, submitterKinds, type RemarkPosition, type SubmitterKind } from '../vocabulary.ts';
import { paragraphLabel, parseParagraphId } from './paragraphs.ts';
import { inDocumentOrder } from './remark-order.ts';

export interface PublishedRemark {
  paragraph: string;
  submitterType: SubmitterKind;
  submitter?: string;
  proposal: string;
  justification: string;
  position: RemarkPosition;
  answer: string;
}

export interface ReportCounts {
  total: number;
  byPosition: Record<RemarkPosition, number>;
  bySubmitterType: Record<SubmitterKind, number>;
}

export function reportCounts(remarks: readonly PublishedRemark[]): ReportCounts {
  const byPosition = Object.fromEntries(Object.keys(remarkPositions).map((key) => [key, 0])) as Record<RemarkPosition, number>;
  const bySubmitterType = Object.fromEntries(Object.keys(submitterKinds).map((key) => [key, 0])) as Record<SubmitterKind, number>;
  for (const remark of remarks) {
    byPosition[remark.position] += 1;
    bySubmitterType[remark.submitterType] += 1;
  }
  return { total: remarks.length, byPosition, bySubmitterType };
}

/** „Konsultacje zakończone: 5 uwag, 2 uwzględnione w całości, 1 częściowo”. */
export function closedConsultationLine(counts: ReportCounts): string {
  const total = countPl(counts.total, { one: 'uwaga', few: 'uwagi', many: 'uwag' });
  const accepted = countPl(counts.byPosition.uwzgledniona, { one: 'uwzględniona', few: 'uwzględnione', many: 'uwzględnionych' });
  return `Konsultacje zakończone: ${total}, ${accepted} w całości, ${counts.byPosition['czesciowo-uwzgledniona']} częściowo`;
}

/** Who submitted the remark, as the report publishes it: an organisation's name, never a person's. */
export function publicSubmitter(remark: Pick<PublishedRemark, 'submitterType' | 'submitter'>): string {
  return remark.submitterType === 'organizacja' && remark.submitter ? remark.submitter : submitterKinds['osoba-prywatna'];
}

/** „§ 2 ust. 3” for `p-2-3`. */
export function unitLabel(paragraph: string): string {
  const parsed = parseParagraphId(paragraph);
  return parsed ? paragraphLabel(parsed.section, parsed.unit) : paragraph;
}

export interface UnitRemarks<R> {
  paragraph: string;
  label: string;
  remarks: R[];
}

/** The remarks grouped by unit, in document order; remarks of one unit keep the report's order. */
export function remarksByUnit<R extends Pick<PublishedRemark, 'paragraph'>>(remarks: readonly R[]): UnitRemarks<R>[] {
  const ordered = inDocumentOrder(remarks.map((remark) => ({ paragraphId: remark.paragraph, remark })));
  const groups: UnitRemarks<R>[] = [];
  for (const { paragraphId, remark } of ordered) {
    const last = groups[groups.length - 1];
    if (last?.paragraph === paragraphId) last.remarks.push(remark);
    else groups.push({ paragraph: paragraphId, label: unitLabel(paragraphId), remarks: [remark] });
  }
  return groups;
}

export const REPORT_COLUMNS = [
  'Lp.',
  'Część dokumentu',
  'Podmiot zgłaszający',
  'Treść uwagi / proponowany zapis',
  'Uzasadnienie uwagi',
  'Stanowisko',
  'Uzasadnienie stanowiska',
] as const;

/** The report as a CSV file for a Polish spreadsheet, in document order, every cell neutralised against formulas. */
export function reportCsv(remarks: readonly PublishedRemark[]): string {
  const rows = remarksByUnit(remarks)
    .flatMap((group) => group.remarks.map((remark) => ({ group, remark })))
    .map(({ group, remark }, index) =>
      [String(index + 1), group.label, publicSubmitter(remark), remark.proposal, remark.justification, remarkPositions[remark.position], remark.answer].map(
        spreadsheetSafe,
      ),
    );
  return toCsv(REPORT_COLUMNS, rows);
}
