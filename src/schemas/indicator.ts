import { z } from 'astro/zod';
import { formerIds, type ReferenceTo, title, entryRefs } from './fields.ts';
import { describeValue } from '../lib/editor-errors.ts';
import { indicatorKinds, keysOf } from '../lib/vocabulary.ts';
import { entryId } from './entry-id.ts';

/**
 * An indicator (wskaźnik): a named measure with its target as the source gives it. `achieved` stays
 * empty until a source gives the achieved value; pages then say "brak danych".
 */
export function indicatorSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z.strictObject({
    id: entryId.describe('Stały identyfikator wskaźnika, np. `pracownicy-podniesione-kwalifikacje`.'),
    label: title.describe('Nazwa wskaźnika słowami źródła, np. „Liczba pracowników … objętych wsparciem ROPS”.'),
    kind: z
      .enum(keysOf(indicatorKinds), {
        error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(indicatorKinds).join(', ')}; znaleziono „${String(issue.input)}”`,
      })
      .describe('Rodzaj: wskaźnik rezultatu albo produktu.'),
    unit: z
      .enum(['osoby', '%'], { error: (issue) => `oczekiwano jednostki „osoby” lub „%”; znaleziono „${String(issue.input)}”` })
      .describe("Jednostka: `osoby` albo `'%'` (znak procentu w apostrofach)."),
    target: z
      .number({ error: (issue) => `oczekiwano liczby (wartość docelowa); znaleziono ${describeValue(issue.input)}` })
      .nonnegative({ error: 'wartość docelowa nie może być ujemna' })
      .describe('Wartość docelowa ze źródła, np. 830.'),
    achieved: z.number().nonnegative().optional().describe('Wartość osiągnięta – tylko gdy podaje ją źródło; bez niej strona pokazuje „brak danych”.'),
    project: to.projects.describe('Projekt, który wyznaczył wartość docelową, np. `koordynacja-polityki-spolecznej-podlaskie`.'),
    source: to.sources.describe('Dokument źródłowy, który podaje wartość docelową, np. `zrodlo-koordynacja-podlaskie`.'),
    aliases: formerIds.describe('Dawne identyfikatory wskaźnika, których adresy prowadzą do jego strony; zob. „Zmiana adresu wpisu”.'),
  });
}
