import { describe, expect, test } from 'vitest';
import { parseCsv } from '../csv.ts';
import { closedConsultationLine, publicSubmitter, remarksByUnit, reportCounts, reportCsv, REPORT_COLUMNS, type PublishedRemark } from './report-summary.ts';

const remark = (paragraph: string, position: PublishedRemark['position'], fields: Partial<PublishedRemark> = {}): PublishedRemark => ({
  paragraph,
  submitterType: 'organizacja',
  submitter: 'Gmina Testowa',
  proposal: `Uwaga do ${paragraph}.`,
  justification: '',
  position,
  answer: 'Odpowiedź.',
  ...fields,
});

const REMARKS = [
  remark('p-2-1', 'uwzgledniona'),
  remark('p-10-1', 'czesciowo-uwzgledniona', { submitterType: 'osoba-prywatna', submitter: undefined }),
  remark('p-1-2', 'nieuwzgledniona', { proposal: '=SUM(A1)' }),
  remark('p-2-1', 'wyjasnienie', { submitter: 'Powiat' }),
  remark('p-1-2', 'uwzgledniona'),
];

describe('reportCounts and the closing line', () => {
  test('count by position and by submitter type', () => {
    const counts = reportCounts(REMARKS);
    expect(counts).toEqual({
      total: 5,
      byPosition: { uwzgledniona: 2, 'czesciowo-uwzgledniona': 1, nieuwzgledniona: 1, wyjasnienie: 1 },
      bySubmitterType: { organizacja: 4, 'osoba-prywatna': 1 },
    });
    expect(closedConsultationLine(counts)).toBe('Konsultacje zakończone: 5 uwag, 2 uwzględnione w całości, 1 częściowo');
  });

  test.each([
    [[remark('p-1-1', 'uwzgledniona')], 'Konsultacje zakończone: 1 uwaga, 1 uwzględniona w całości, 0 częściowo'],
    [Array.from({ length: 6 }, () => remark('p-1-1', 'uwzgledniona')), 'Konsultacje zakończone: 6 uwag, 6 uwzględnionych w całości, 0 częściowo'],
  ])('in Polish plural forms', (remarks, line) => {
    expect(closedConsultationLine(reportCounts(remarks))).toBe(line);
  });
});

describe('publicSubmitter', () => {
  test('names an organisation and never a private person', () => {
    expect(publicSubmitter({ submitterType: 'organizacja', submitter: 'ROPS' })).toBe('ROPS');
    expect(publicSubmitter({ submitterType: 'osoba-prywatna', submitter: 'Jan Kowalski' })).toBe('osoba prywatna');
  });
});

describe('remarksByUnit', () => {
  test('groups by unit in document order, keeping the report’s order inside a unit', () => {
    expect(remarksByUnit(REMARKS).map((group) => [group.label, group.remarks.map((item) => item.position)])).toEqual([
      ['§ 1 ust. 2', ['nieuwzgledniona', 'uwzgledniona']],
      ['§ 2 ust. 1', ['uwzgledniona', 'wyjasnienie']],
      ['§ 10 ust. 1', ['czesciowo-uwzgledniona']],
    ]);
  });
});

describe('reportCsv', () => {
  test('one neutralised row per remark in document order, private persons unnamed', () => {
    const rows = parseCsv(reportCsv(REMARKS));
    expect(rows[0]).toEqual([...REPORT_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[5]])).toEqual([
      ['1', '§ 1 ust. 2', 'Gmina Testowa', "'=SUM(A1)", 'nieuwzględniona'],
      ['2', '§ 1 ust. 2', 'Gmina Testowa', 'Uwaga do p-1-2.', 'uwzględniona'],
      ['3', '§ 2 ust. 1', 'Gmina Testowa', 'Uwaga do p-2-1.', 'uwzględniona'],
      ['4', '§ 2 ust. 1', 'Powiat', 'Uwaga do p-2-1.', 'wyjaśnienie'],
      ['5', '§ 10 ust. 1', 'osoba prywatna', 'Uwaga do p-10-1.', 'częściowo uwzględniona'],
    ]);
  });
});
