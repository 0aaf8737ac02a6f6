/**
 * Rules that hold across the versions of one guidance document, which a schema of a single file
 * cannot see: versions numbered 1, 2, 3… without gaps and matching their file names, dates that
 * never go back, and drafts only after everything published (a public build drops drafts, so a
 * published version after a draft would leave a hole in the history).
 */
import { toIsoDate } from '../dates.ts';

export interface VersionFile {
  /** Path from the project root, for messages. */
  file: string;
  /** Version number from the file name (`2.mdx` → 2), or null when the name is not a number. */
  fileVersion: number | null;
  data: { version: number; status: string; date: Date };
}

export interface VersionProblem {
  file: string;
  field: string;
  message: string;
}

const VERSION_FILE = /^([1-9]\d*)\.mdx?$/;

/** `3.mdx` or `3.md` → 3; null for any other name. */
export function versionFromFileName(name: string): number | null {
  const match = VERSION_FILE.exec(name);
  return match ? Number(match[1]) : null;
}

export function checkVersions(files: readonly VersionFile[]): VersionProblem[] {
  const problems: VersionProblem[] = [];
  for (const entry of files) {
    if (entry.fileVersion === null) continue;
    if (entry.data.version !== entry.fileVersion) {
      problems.push({
        file: entry.file,
        field: 'version',
        message: `numer wersji musi być taki jak nazwa pliku (${entry.fileVersion}.mdx → version: ${entry.fileVersion}); znaleziono ${entry.data.version}`,
      });
    }
  }
  const numbered = files.filter((entry) => entry.fileVersion !== null).sort((a, b) => a.fileVersion! - b.fileVersion!);
  numbered.forEach((entry, index) => {
    const expected = index + 1;
    if (entry.fileVersion !== expected) {
      problems.push({
        file: entry.file,
        field: 'version',
        message: `wersje numeruje się kolejno od 1 bez przerw; po wersji ${index} oczekiwano pliku ${expected}.mdx, znaleziono ${entry.fileVersion}.mdx`,
      });
    }
    const previous = numbered[index - 1];
    if (previous && entry.data.date.getTime() < previous.data.date.getTime()) {
      problems.push({
        file: entry.file,
        field: 'date',
        message: `wersja ${entry.fileVersion} nie może mieć daty wcześniejszej niż wersja ${previous.fileVersion} (${toIsoDate(previous.data.date)}); znaleziono ${toIsoDate(entry.data.date)}`,
      });
    }
  });
  const firstDraft = numbered.find((entry) => entry.data.status === 'projekt');
  if (firstDraft) {
    for (const later of numbered.filter((entry) => entry.fileVersion! > firstDraft.fileVersion! && entry.data.status !== 'projekt')) {
      problems.push({
        file: later.file,
        field: 'status',
        message: `wersja ${later.fileVersion} jest opublikowana, a wcześniejsza wersja ${firstDraft.fileVersion} ma status projekt; wersja robocza może być tylko najnowsza (wersja publiczna nie miałaby wersji ${firstDraft.fileVersion})`,
      });
    }
  }
  return problems;
}
