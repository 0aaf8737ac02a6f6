/**
 * A consultation report answers the remarks on one consulted version of a guidance document:
 * the document and the version exist, the version was in consultation, every remark names a unit
 * (§, ust.) that version has, the file is named after the version it reports on, and a version
 * has one report. The units are counted from the version's text as the numbering plugin numbers
 * them: each `##` heading a section, each paragraph or list under it a unit.
 */
import { contentTypes } from '../collections/table.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { paragraphId, paragraphLabel } from '../lib/consultation/paragraphs.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import type { BlockFact } from '../lib/markdown/body-facts.ts';
import { readEntries } from './entries.ts';
import type { Rule } from './types.ts';

interface ReportFields {
  document: string;
  version: number;
  remarks: { paragraph: string }[];
}

/** Ids of the numbered units of a version's text (`p-1-1`, `p-1-2`, …). */
export function unitIds(blocks: readonly BlockFact[]): Set<string> {
  const ids = new Set<string>();
  let section = 0;
  let unit = 0;
  for (const block of blocks) {
    if (block.kind === 'heading' && block.depth === 2) {
      section += 1;
      unit = 0;
    } else if (section > 0 && (block.kind === 'paragraph' || block.kind === 'list')) {
      unit += 1;
      ids.add(paragraphId(section, unit));
    }
  }
  return ids;
}

/** `p-2-3` → „§ 2 ust. 3”, for messages. */
function labelOf(id: string): string {
  const [, section, unit] = id.split('-');
  return paragraphLabel(Number(section), Number(unit));
}

export const consultationReports: Rule = {
  name: 'consultation reports',
  check(input) {
    const problems: ContentProblem[] = [];
    const versions = input.entries.filter((entry) => contentTypes[entry.type].storage === 'versioned');
    const reported = new Map<string, string>();
    for (const entry of readEntries(input)) {
      if (entry.type !== 'consultationReports') continue;
      const report = entry.data as ReportFields;
      const problem = (field: string, message: string) => problems.push({ file: entry.file, field, message });
      const ofDocument = versions.filter((version) => documentIdOf(version.id) === report.document);
      if (ofDocument.length === 0) {
        problem('document', `nie ma dokumentu „${report.document}” (folderu content/guides/${report.document}/)`);
        continue;
      }
      const version = ofDocument.find((candidate) => candidate.id === `${report.document}/${report.version}`);
      if (!version) {
        const numbers = ofDocument.map((candidate) => candidate.id.slice(report.document.length + 1)).sort((a, b) => Number(a) - Number(b));
        problem('version', `dokument „${report.document}” nie ma wersji ${report.version}; są wersje: ${numbers.join(', ')}`);
        continue;
      }
      // A version that failed its own checks is reported there; its units are unknown here.
      if (version.data === undefined || !version.body) continue;
      if (!(version.data as { consultation?: unknown }).consultation) {
        problem('version', `wersja ${report.version} dokumentu „${report.document}” nie była w konsultacjach (nie ma pola „consultation”)`);
      }
      const expectedFile = `${report.document}-wersja-${report.version}`;
      if (entry.id !== expectedFile) problem('', `raport o wersji ${report.version} dokumentu „${report.document}” musi nazywać się ${expectedFile}.yaml`);
      const earlier = reported.get(expectedFile);
      if (earlier) problem('version', `wersja ${report.version} dokumentu „${report.document}” ma już raport w pliku ${earlier}`);
      else reported.set(expectedFile, entry.file);
      const units = unitIds(version.body.blocks);
      report.remarks.forEach((remark, index) => {
        if (!units.has(remark.paragraph)) {
          problem(
            `remarks › pozycja ${index + 1} › paragraph`,
            `w wersji ${report.version} dokumentu „${report.document}” nie ma ustępu ${labelOf(remark.paragraph)} (${remark.paragraph}); ostatni ustęp tej wersji to ${labelOf([...units].at(-1) ?? 'p-1-1')}`,
          );
        }
      });
    }
    return { problems };
  },
};
