/**
 * Field types shared by the content schemas. Every custom check writes its message for the editor
 * who must fix the file: what was expected, what was found (the file and field are added by the
 * error formatter in `src/lib/editor-errors.ts`).
 *
 * Every field of a schema carries its Polish description for editors as the last call of its
 * chain (`.describe('…')`, after `.optional()` or `.default()`, so the description sits on the
 * field itself); `npm run docs` writes the field tables of docs/EDITING.md from them. A shared
 * type whose zod shape does not say what it is (a date or an amount is text turned into a value)
 * names itself for those tables in `.meta({ editorType })`.
 */
import { z } from 'astro/zod';
import { latestDate, parseIsoDate, toIsoDate } from '../lib/dates.ts';
import { parseMoney } from '../lib/money.ts';
import { entryId } from './entry-id.ts';
import { documentStatuses, keysOf } from '../lib/vocabulary.ts';

/**
 * Makes a field that names an entry of another collection. In `src/content.config.ts` this is
 * Astro's `reference()`; the pre-build validator passes a stand-in with the same output shape.
 */
export type ReferenceTo = <C extends string>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/**
 * The one way schemas name another entry: its id, written as text, becomes `{ collection, id }`
 * (the shape of Astro's `reference()`). Whether that entry exists is a content rule
 * (src/rules/references.ts), checked once every file has been read.
 */
export const referenceById: ReferenceTo = (collection) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `brak wymaganego pola: podaj identyfikator wpisu z kolekcji „${collection}”`
          : `oczekiwano identyfikatora wpisu z kolekcji „${collection}”; znaleziono ${describeFound(issue.input)}`,
    })
    .min(1, { error: `oczekiwano identyfikatora wpisu z kolekcji „${collection}”; pole jest puste` })
    .transform((id) => ({ collection, id }));

const HTML_TAG = /<\/?[a-z!][^>]*>/i;

function describeFound(value: unknown): string {
  if (value === undefined) return 'brak wartości';
  if (value === null) return 'pustą wartość (null)';
  if (value instanceof Date) return `datę ${toIsoDate(value)}`;
  if (typeof value === 'string') return `„${value}”`;
  if (typeof value === 'number') return `liczbę ${value}`;
  if (Array.isArray(value)) return 'listę';
  if (typeof value === 'object') return 'zestaw pól';
  return String(value);
}

/** Plain text: trimmed, not empty, no HTML (pages escape it anyway, but markup in data is always a mistake). */
export const plainText = z
  .string()
  .trim()
  .min(1, { error: 'pole nie może być puste' })
  .refine((text) => !HTML_TAG.test(text), {
    error: 'pole zawiera znacznik HTML; wpisz zwykły tekst (formatowanie należy do treści strony, nie do pól nagłówka)',
  });

/** Longest page title: the sources' official names run to some 150 characters; beyond this a title breaks lists, tabs and the print header. */
export const MAX_TITLE_LENGTH = 200;
/** Longest short name, for breadcrumbs and tight spaces. */
export const MAX_SHORT_TITLE_LENGTH = 80;

/** A page's title (h1 and the browser tab), at most MAX_TITLE_LENGTH characters. */
export const title = plainText.refine((text) => text.length <= MAX_TITLE_LENGTH, {
  error: (issue) =>
    `tytuł może mieć najwyżej ${MAX_TITLE_LENGTH} znaków, a ma ${String(issue.input).length}; skróć go (pełną nazwę ze źródła można podać w tekście strony)`,
});

/** A short name for breadcrumbs, lists and tight spaces, at most MAX_SHORT_TITLE_LENGTH characters. */
export const shortTitle = plainText.refine((text) => text.length <= MAX_SHORT_TITLE_LENGTH, {
  error: (issue) => `krótka nazwa może mieć najwyżej ${MAX_SHORT_TITLE_LENGTH} znaków, a ma ${String(issue.input).length}`,
});

/** A one-sentence summary for the page's meta description and lists: 50–300 characters. */
export const description = plainText
  .refine((text) => text.length >= 50, { error: 'opis ma mieć co najmniej 50 znaków, by streścić stronę w wynikach wyszukiwania' })
  .refine((text) => text.length <= 300, { error: 'opis może mieć najwyżej 300 znaków' });

/**
 * A calendar day written `RRRR-MM-DD`, e.g. `2024-02-29`.
 * Impossible days (`2024-02-30`) are rejected rather than rolled over to the next month.
 */
export const isoDate = z
  .unknown()
  .transform((value, ctx): Date => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const expected = 'oczekiwano daty w postaci RRRR-MM-DD, np. 2024-02-29';
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: `${expected}; znaleziono ${describeFound(value)}` });
      return z.NEVER;
    }
    const parsed = parseIsoDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${expected}; znaleziono „${value}” (${parsed.reason})` });
      return z.NEVER;
    }
    return parsed.date;
  })
  .meta({ editorType: 'data RRRR-MM-DD' });

/** A year such as 2021, for periods the sources give only in years. */
export const year = z
  .int({ error: (issue) => `oczekiwano roku, np. 2021; znaleziono ${describeFound(issue.input)}` })
  .min(1990, { error: 'rok wcześniejszy niż 1990 nie pasuje do tej bazy' })
  .max(2100, { error: 'rok późniejszy niż 2100 nie pasuje do tej bazy' })
  .meta({ editorType: 'rok' });

/**
 * An amount in złoty exact to the grosz: a number (`16607151.36`) or the notation of the sources
 * (`"16 607 151,36"`). Negative amounts and fractions of a grosz are rejected.
 */
export const money = z
  .unknown()
  .transform((value, ctx): number => {
    const parsed = parseMoney(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({
      code: 'custom',
      message: `oczekiwano kwoty w złotych z groszami, np. 16607151.36 lub "16 607 151,36"; znaleziono ${describeFound(value)} (${parsed.reason})`,
    });
    return z.NEVER;
  })
  .meta({ editorType: 'kwota w zł' });

/** A share in percent, 0–100. */
export const percent = z
  .number({ error: (issue) => `oczekiwano liczby procent od 0 do 100; znaleziono ${describeFound(issue.input)}` })
  .min(0, { error: 'procent nie może być ujemny' })
  .max(100, { error: 'procent nie może przekraczać 100' })
  .meta({ editorType: 'procent (0–100)' });

/** One entry in a document's history: when it changed and what changed, in a sentence. */
export const changeNote = z.strictObject({
  date: isoDate.describe('Dzień zmiany, np. 2026-11-23.'),
  note: plainText.describe('Co się zmieniło, jednym zdaniem dla czytelników, np. „Pierwsza publikacja.” albo „Dodano wskaźniki rezultatu.”'),
});

/**
 * Former ids of an entry, e.g. `[rops-w-bialymstoku]`: the addresses the entry was published under
 * before its id (file name) changed. Each former address keeps working and leads to the current
 * page, because trainers' slides and printed handouts keep the old links for years. Default `[]`;
 * ids are added when the entry is renamed and never removed.
 */
export const formerIds = z.array(entryId).default([]);

/** Editorial metadata every document type carries. */
export const editorialFields = {
  status: z
    .enum(keysOf(documentStatuses), {
      error: (issue) => `oczekiwano jednego ze statusów: ${Object.keys(documentStatuses).join(', ')}; znaleziono ${describeFound(issue.input)}`,
    })
    .describe(
      'Stan strony: `projekt` (wersja robocza, której nie ma w wersji publicznej serwisu), `konsultacje` (w konsultacjach) albo `przyjety` (przyjęta).',
    ),
  version: z
    .int({ error: (issue) => `oczekiwano numeru wersji (liczba całkowita od 1); znaleziono ${describeFound(issue.input)}` })
    .min(1, { error: 'numer wersji zaczyna się od 1' })
    .describe('Numer wersji strony, od 1, podnoszony przy każdej opublikowanej zmianie, np. 1.'),
  updated: isoDate.describe('Data ostatniej zmiany, np. 2026-11-23; musi być datą najnowszego wpisu w `changes`.'),
  changes: z
    .array(changeNote)
    .min(1, { error: 'lista zmian musi mieć co najmniej jeden wpis (np. pierwszą publikację)' })
    .describe('Historia zmian od pierwszej publikacji, co najmniej jeden wpis; strona pokazuje ją w sekcji „Historia zmian”.'),
};

type Editorial = { updated: Date; changes: { date: Date }[] };

/** `updated` must be the date of the newest change note, so "Ostatnia aktualizacja" and the history agree. */
export function checkUpdatedMatchesChanges(document: Editorial, ctx: z.RefinementCtx): void {
  const newest = latestDate(document.changes.map((change) => change.date));
  if (newest && newest.getTime() !== document.updated.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `data ostatniej aktualizacji musi być datą najnowszej zmiany z listy „changes” (${toIsoDate(newest)}); znaleziono ${toIsoDate(document.updated)}`,
    });
  }
}

/**
 * A reference to an entry of each type, for the schemas that name other entries (`to.places`):
 * which collection a reference field points at is written here once.
 */
export function entryRefs(reference: ReferenceTo) {
  return {
    projects: reference('projects'),
    models: reference('models'),
    institutions: reference('institutions'),
    places: reference('places'),
    trainings: reference('trainings'),
    glossary: reference('glossary'),
    sources: reference('sources'),
  };
}

/** Fields of every document page: title, summary, editorial metadata and the sources it is written from. */
export function documentFields(reference: ReferenceTo) {
  return {
    title: title.describe('Tytuł strony (nagłówek h1 i nazwa w karcie przeglądarki), najwyżej 200 znaków, np. „Liderzy Kooperacji”.'),
    shortTitle: shortTitle
      .optional()
      .describe('Krótka nazwa do list, ścieżki nawigacji i ciasnych miejsc, najwyżej 80 znaków, np. „Koordynacja polityki społecznej na Podlasiu”.'),
    description: description.describe(
      'Jedno zdanie, 50–300 znaków, które streszcza stronę; pokazuje się w listach, wynikach wyszukiwania i w opisie strony dla wyszukiwarek.',
    ),
    ...editorialFields,
    sources: z
      .array(entryRefs(reference).sources)
      .min(1, { error: 'podaj co najmniej jeden dokument źródłowy (identyfikator z content/sources.yaml)' })
      .describe(
        'Dokumenty źródłowe, z których napisano stronę (identyfikatory z `content/sources.yaml`), co najmniej jeden, np. `[zrodlo-liderzy-kooperacji]`.',
      ),
    aliases: formerIds.describe(
      'Dawne identyfikatory wpisu, np. `[superwizja-pracy-socjalnej]`: ich adresy prowadzą do tej strony. Dopisuje się je przy zmianie nazwy pliku i nigdy nie usuwa (zob. „Zmiana adresu wpisu”).',
    ),
  };
}
