/**
 * Turns validation problems into messages an editor can act on: which file, which field, what was
 * expected and what was found, in Polish. Used by the pre-build content validator and its tests.
 */
import { countPl } from './plural.ts';

/** One problem in one content file. */
export interface ContentProblem {
  /** Path of the file from the project root, e.g. `content/projects/liderzy-kooperacji.mdx`. */
  file: string;
  /** For files holding a list of entries (glossary, indicators, sources): the entry's id or position. */
  entry?: string;
  /** The field, e.g. `partners › pozycja 2`; empty for problems with the whole file. */
  field: string;
  /** What is wrong: expected and found, in Polish. */
  message: string;
}

/** The subset of a zod issue this module reads, so it stays independent of zod's classes. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  input?: unknown;
  expected?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
}

/** `['changes', 0, 'date']` → `changes › pozycja 1 › date` (positions counted from 1, as editors count). */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => (typeof segment === 'number' ? `pozycja ${segment + 1}` : String(segment))).join(' › ');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'liczba',
  int: 'liczba całkowita',
  boolean: 'wartość true albo false',
  array: 'lista',
  object: 'zestaw pól',
  date: 'data',
};

/** How a found value reads in a message: `„abc”`, `liczbę 5`, `listę`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'brak wartości';
  if (value === null) return 'pustą wartość (null)';
  if (value instanceof Date) return `datę ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `„${value}”`;
  if (typeof value === 'number') return `liczbę ${value}`;
  if (typeof value === 'boolean') return `wartość ${value}`;
  if (Array.isArray(value)) return 'listę';
  if (typeof value === 'object') return 'zestaw pól';
  return String(value);
}

/**
 * Polish message for zod's built-in checks. Custom checks in `src/schemas/` write their own
 * message, which zod prefers over this one.
 */
export function describeIssue(issue: IssueLike): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[String(issue.expected)] ?? String(issue.expected);
      if (issue.input === undefined) return `brak wymaganego pola (oczekiwano: ${expected})`;
      return `oczekiwano: ${expected}; znaleziono ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return `oczekiwano jednej z wartości: ${(issue.values ?? []).map(String).join(', ')}; znaleziono ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `lista musi mieć co najmniej ${String(issue.minimum)} pozycji`;
      if (issue.origin === 'string') return `tekst musi mieć co najmniej ${String(issue.minimum)} znaków`;
      return `wartość musi wynosić co najmniej ${String(issue.minimum)}; znaleziono ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'array') return `lista może mieć najwyżej ${String(issue.maximum)} pozycji`;
      if (issue.origin === 'string') return `tekst może mieć najwyżej ${String(issue.maximum)} znaków`;
      return `wartość może wynosić najwyżej ${String(issue.maximum)}; znaleziono ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return 'nieznane pole; sprawdź pisownię nazwy (pola opisuje docs/EDITING.md, rozdział „Jak dodać treść”) albo usuń je';
    case 'invalid_union':
      return `wartość nie pasuje do żadnej z dozwolonych postaci; znaleziono ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `nieprawidłowy zapis; znaleziono ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Problems from one zod issue: an unknown-keys issue yields one problem per unknown field. */
export function problemsFromIssue(issue: IssueLike, file: string, entry?: string): ContentProblem[] {
  const base = { file, ...(entry === undefined ? {} : { entry }) };
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    return issue.keys.map((key) => ({ ...base, field: formatFieldPath([...issue.path, key]), message: describeIssue(issue) }));
  }
  // The message was written by the schema's own check or, failing that, by describeIssue as the parse-wide error map.
  return [{ ...base, field: formatFieldPath(issue.path), message: issue.message }];
}

/** One line per problem: `content/x.mdx: pole „lead”: …`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.entry === undefined ? problem.file : `${problem.file} (wpis „${problem.entry}”)`;
  return problem.field ? `${where}: pole „${problem.field}”: ${problem.message}` : `${where}: ${problem.message}`;
}

/** A problem of one file that others depend on: counted under its file, not listed one by one. */
export interface KnockOnCount {
  /** The file whose own problem causes them. */
  cause: string;
  count: number;
  /** The files they would be reported in. */
  files: readonly string[];
}

/** How many of the files a knock-on is in the report names before it gives only the count. */
const KNOCK_ON_FILES_NAMED = 3;

/** Knock-ons grouped by the file that causes them, in the order the causes appear. */
export function countKnockOns(knockOns: readonly { cause: string; file: string }[]): KnockOnCount[] {
  const byCause = new Map<string, { count: number; files: Set<string> }>();
  for (const { cause, file } of knockOns) {
    const group = byCause.get(cause) ?? { count: 0, files: new Set<string>() };
    group.count += 1;
    group.files.add(file);
    byCause.set(cause, group);
  }
  return [...byCause].map(([cause, { count, files }]) => ({ cause, count, files: [...files].sort() }));
}

/**
 * The whole report, headed by a count, for the build log. Problems that only follow from another
 * file's problem (a course naming a model that failed) are counted under that file, once.
 */
export function formatProblemReport(problems: readonly ContentProblem[], knockOns: readonly KnockOnCount[] = []): string {
  const lines = [
    `Treść ma ${countPl(problems.length, { one: 'błąd', few: 'błędy', many: 'błędów' })}; strona nie zostanie zbudowana, dopóki nie zostaną poprawione:`,
    ...problems.map((problem) => `  • ${formatProblem(problem)}`),
  ];
  if (knockOns.length > 0) {
    lines.push('Inne pliki odwołują się do tych błędnych wpisów; te odwołania zostaną sprawdzone po ich poprawieniu:');
    for (const { cause, count, files } of knockOns) {
      const named =
        files.length > KNOCK_ON_FILES_NAMED
          ? `${files.slice(0, KNOCK_ON_FILES_NAMED).join(', ')} i ${countPl(files.length - KNOCK_ON_FILES_NAMED, { one: 'innym pliku', few: 'innych plikach', many: 'innych plikach' })}`
          : files.join(', ');
      const where = files.length === 1 ? `w pliku ${named}` : `w plikach ${named}`;
      lines.push(
        `  • ${cause}: dopóki ma błąd, nie da się sprawdzić ${countPl(count, { one: 'odwołania', few: 'odwołań', many: 'odwołań' })} do niego ${where}`,
      );
    }
  }
  return lines.join('\n');
}
