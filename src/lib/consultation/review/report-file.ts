/**
 * The report file the organiser publishes: `content/consultation-reports/<document>-wersja-<n>.yaml`,
 * every remark with the unit it is about, its submitter and the organiser's position and
 * justification. Private persons are published as „osoba prywatna”: their names never enter the
 * file. The tool refuses to write it while a remark has no position or no justification, since
 * the published report must answer every remark.
 */
import { countPl } from '../../plural.ts';
import type { PublishedRemark } from '../report-summary.ts';
import type { ConsultedVersion } from './received-form.ts';
import { answerFor, unansweredCount, type Review } from './review.ts';

export interface ReportFile {
  title: string;
  document: string;
  version: number;
  /** The day the report was written, `RRRR-MM-DD`. */
  date: string;
  remarks: PublishedRemark[];
}

export function reportFileName(version: ConsultedVersion): string {
  return `${version.documentId}-wersja-${version.version}.yaml`;
}

/**
 * The report as YAML, written here rather than with a YAML library, which the organiser's page
 * would otherwise load whole: the shape is fixed, and every text is a double-quoted scalar in
 * JSON's notation, which YAML reads as the same text (line breaks, quotes and all).
 */
function reportYaml(report: ReportFile): string {
  const scalar = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value));
  const lines = [
    `title: ${scalar(report.title)}`,
    `document: ${scalar(report.document)}`,
    `version: ${report.version}`,
    `date: ${scalar(report.date)}`,
    'remarks:',
  ];
  for (const remark of report.remarks) {
    Object.entries(remark).forEach(([key, value], index) => lines.push(`${index === 0 ? '  - ' : '    '}${key}: ${scalar(value as string)}`));
  }
  return `${lines.join('\n')}\n`;
}

export type ReportResult = { ok: true; text: string } | { ok: false; message: string };

export function reportData(review: Review, version: ConsultedVersion, today: string): ReportFile {
  return {
    title: `Raport z konsultacji: ${version.title}, wersja ${version.version}`,
    document: version.documentId,
    version: version.version,
    date: today,
    remarks: review.remarks.map((remark) => {
      const answer = answerFor(review, remark.key);
      // A remark whose form did not say who sent it is published as a private person's: nothing personal leaks.
      const submitterType = remark.submitterKind ?? 'osoba-prywatna';
      return {
        paragraph: remark.paragraphId,
        submitterType,
        ...(submitterType === 'organizacja' && remark.submitter !== '' ? { submitter: remark.submitter } : {}),
        proposal: remark.proposal,
        justification: remark.justification,
        position: answer.position!,
        answer: answer.justification,
      };
    }),
  };
}

/** The report file's text, dated `today` (`RRRR-MM-DD`), or why it cannot be written yet. */
export function reportFile(review: Review, version: ConsultedVersion, today: string): ReportResult {
  const missing = unansweredCount(review);
  if (review.remarks.length === 0) return { ok: false, message: 'Zestawienie nie ma jeszcze uwag: wczytaj formularze.' };
  if (missing > 0) {
    const which = countPl(missing, { one: 'uwaga nie ma', few: 'uwagi nie mają', many: 'uwag nie ma' });
    return { ok: false, message: `Raportu nie można jeszcze opublikować: ${which} stanowiska albo uzasadnienia stanowiska.` };
  }
  const header = `# Raport z konsultacji: ${version.title}, wersja ${version.version}.\n# Umieść ten plik w folderze content/consultation-reports/ pod tą samą nazwą.\n`;
  return { ok: true, text: header + reportYaml(reportData(review, version, today)) };
}
