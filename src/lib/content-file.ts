/**
 * A content file's text read once: a page file into its frontmatter fields, its body as the build
 * renders it and the facts the content rules check (one mdast parse); a YAML list file into its
 * entries; a YAML record file into its one entry's fields. Whatever cannot be read becomes a problem naming the file and the line, in Polish.
 * Pure: the content layer's loaders hand the text in (src/pipeline/).
 */
import yaml from 'js-yaml';
import type { ContentProblem } from './editor-errors.ts';
import { bodyFacts, type BodyFacts } from './markdown/body-facts.ts';
import { parsePageText } from './markdown/parse.ts';
import { yamlReasonPl } from './yaml-errors.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const FRONTMATTER_START = /^\uFEFF?---\r?\n/;

export interface PageFile {
  /** The frontmatter fields as written, for the schema; undefined when they could not be read. */
  data?: Record<string, unknown>;
  /** The text after the frontmatter, as Astro hands it to the renderer. */
  body: string;
  facts?: BodyFacts;
  problems: ContentProblem[];
}

/** Text saved in another encoding than UTF-8 (e.g. CP1250) decodes with replacement characters. */
function encodingProblem(file: string, text: string): ContentProblem | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const line = text.slice(0, at).split('\n').length;
  return {
    file,
    field: '',
    message: `plik nie jest zapisany w kodowaniu UTF-8 (w wierszu ${line} są znaki, których nie da się odczytać, np. polskie litery zapisane w Windows-1250); zapisz go w edytorze jako „UTF-8” i sprawdź polskie litery`,
  };
}

/** YAML without implicit timestamps, so dates reach the schema as written and are checked strictly. */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

function yamlProblem(file: string, error: unknown, offsetLines = 0): ContentProblem {
  if (error instanceof yaml.YAMLException) {
    const line = error.mark ? error.mark.line + 1 + offsetLines : undefined;
    return {
      file,
      field: '',
      message: `błąd składni YAML${line ? ` w wierszu ${line}` : ''}: ${yamlReasonPl(error.reason)}. Sprawdź wcięcia, dwukropki i cudzysłowy.`,
    };
  }
  return { file, field: '', message: `nie udało się odczytać pliku: ${String(error)}` };
}

/** A record file (`<id>.yaml`): one entry's fields, a YAML mapping. */
export function readRecordFile(file: string, text: string): { data?: Record<string, unknown>; problems: ContentProblem[] } {
  const encoding = encodingProblem(file, text);
  if (encoding) return { problems: [encoding] };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { problems: [yamlProblem(file, error)] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [{ file, field: '', message: 'plik musi zawierać pola wpisu (np. „document: …”), a nie listę ani sam tekst' }] };
  }
  return { data: data as Record<string, unknown>, problems: [] };
}

/** A `.md` or `.mdx` file: frontmatter, body and the facts of its text. */
/** `prose`: keep the page's prose for the readability rule (types with a reading level). */
export function readPageFile(file: string, text: string, options: { prose?: boolean } = {}): PageFile {
  const format = file.endsWith('.mdx') ? 'mdx' : 'md';
  const problems: ContentProblem[] = [];
  const encoding = encodingProblem(file, text);
  if (encoding) return { body: '', problems: [encoding] };
  const match = FRONTMATTER.exec(text);
  if (!match) {
    const message = FRONTMATTER_START.test(text)
      ? 'nagłówek (frontmatter) nie jest zamknięty: po ostatnim polu nagłówka dopisz wiersz „---”, a dopiero pod nim treść strony'
      : 'brak nagłówka (frontmatter): plik musi zaczynać się od wiersza „---”, pól nagłówka i kolejnego wiersza „---”';
    return { body: '', problems: [{ file, field: '', message }] };
  }
  const body = text.slice(match[0].length).trim();
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    return { body, problems: [yamlProblem(file, error, 1)] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { body, problems: [{ file, field: '', message: 'nagłówek (frontmatter) musi być zestawem pól „nazwa: wartość”' }] };
  }
  const parsed = parsePageText(text, format);
  if ('error' in parsed) {
    problems.push({
      file,
      field: `treść, wiersz ${parsed.error.line}`,
      message: `tekstu nie da się odczytać jako MDX: ${mdxReasonPl(parsed.error.message)}. Sprawdź, czy każdy znacznik komponentu jest zamknięty („<Cite source="…" />” kończy się „/>”) i czy nawiasy {} są sparowane`,
    });
    return { data: data as Record<string, unknown>, body, problems };
  }
  // A copy, because the facts' strings are slices of the file's text and would keep all of it
  // alive for as long as the rules need the facts (the whole content sync, every file at once).
  return { data: data as Record<string, unknown>, body, facts: structuredClone(bodyFacts(parsed.tree, text, format, options)), problems };
}

/** The MDX parser's common complaints in the editor's words; the rest pass through as written. */
export function mdxReasonPl(reason: string): string {
  const closing = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (closing) return `znacznik „<${closing[1]}>” nie jest zamknięty`;
  if (/Unexpected end of file in expression/.test(reason)) return 'nawias „{” nie jest zamknięty';
  if (/Unexpected closing tag `<\/([^>]*)>`/.test(reason)) return `znacznik zamykający „</${/`<\/([^>]*)>`/.exec(reason)?.[1]}>” nie ma otwierającego`;
  return `parser zgłasza: ${reason}`;
}

export interface ListItem {
  id: string;
  /** How messages name the entry: its id, or its position when it has none. */
  label: string;
  data: unknown;
}

export interface ListFile {
  items: ListItem[];
  problems: ContentProblem[];
  /** True when the file could not be read at all: references into it are not reported twice. */
  unreadable: boolean;
}

/** A YAML file holding a list of entries, each with an `id`. */
export function readListFile(file: string, text: string): ListFile {
  const encoding = encodingProblem(file, text);
  if (encoding) return { items: [], problems: [encoding], unreadable: true };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { items: [], problems: [yamlProblem(file, error)], unreadable: true };
  }
  if (!Array.isArray(data)) {
    return { items: [], problems: [{ file, field: '', message: 'plik musi być listą wpisów, z których każdy zaczyna się od „- id: …”' }], unreadable: true };
  }
  const seen = new Map<string, number>();
  const items: ListItem[] = [];
  const problems: ContentProblem[] = [];
  data.forEach((item, index) => {
    const rawId = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
    const label = typeof rawId === 'string' ? rawId : `pozycja ${index + 1}`;
    if (typeof rawId === 'string') {
      const first = seen.get(rawId);
      if (first !== undefined) {
        problems.push({
          file,
          entry: label,
          field: 'id',
          message: `identyfikator „${rawId}” jest już użyty przez pozycję ${first + 1}; każdy wpis musi mieć własny`,
        });
        return;
      }
      seen.set(rawId, index);
    }
    items.push({ id: label, label, data: item });
  });
  return { items, problems, unreadable: false };
}
