import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, isoDate, money, percent, plainText, year, type ReferenceTo, entryRefs } from './fields.ts';
import { inBrief } from './in-brief.ts';
import { fundingProgrammes, keysOf } from '../lib/vocabulary.ts';
import { checkTranslationCurrent, englishProjectSchema } from './english.ts';

/**
 * A project (projekt): one per source document. Frontmatter holds the facts other pages use
 * (who, money, time, territory); goals, tasks and target groups are written in the MDX body.
 */
export function projectSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      inBrief,
      lead: to.institutions.describe('Lider projektu: instytucja z `content/institutions/`, np. `rops-kielce`.'),
      partners: z.array(to.institutions).default([]).describe('Partnerzy projektu w kolejności ze źródła, np. `[rops-rzeszow, rops-lublin]`.'),
      otherParticipants: z
        .array(
          z.strictObject({
            institution: to.institutions.describe('Instytucja, np. `ops-rybnik`.'),
            role: plainText.describe('Jej rola słowami źródła, np. „realizuje działania projektu w imieniu Miasta Rybnika”.'),
          }),
        )
        .default([])
        .describe('Inne podmioty, których rolę w projekcie opisuje źródło, np. ośrodek pomocy społecznej działający w imieniu miasta.'),
      funding: z
        .strictObject({
          programme: z
            .enum(keysOf(fundingProgrammes), {
              error: (issue) => `oczekiwano jednego z programów: ${Object.keys(fundingProgrammes).join(', ')}; znaleziono „${String(issue.input)}”`,
            })
            .describe('Program, z którego projekt jest finansowany.'),
          priorityAxis: plainText.optional().describe('Oś priorytetowa tak, jak zapisuje ją źródło, np. „IV. Innowacje społeczne i współpraca ponadnarodowa”.'),
          measure: plainText.optional().describe('Działanie, np. „4.3 Współpraca ponadnarodowa”.'),
          fund: plainText.optional().describe('Fundusz, np. „Europejski Fundusz Społeczny Plus (EFS+)”.'),
          call: plainText.optional().describe('Konkurs (nabór) z numerem i tytułem, tak jak podaje go źródło.'),
          projectType: plainText.optional().describe('Typ projektów w ramach działania, gdy źródło go nazywa.'),
        })
        .describe('Finansowanie projektu.'),
      period: z
        .strictObject({
          start: isoDate.optional().describe('Pierwszy dzień projektu, np. 2018-04-01.'),
          end: isoDate.optional().describe('Ostatni dzień projektu, np. 2022-11-30; nie wcześniej niż `start`.'),
          startYear: year.optional().describe('Rok rozpoczęcia, gdy źródło podaje tylko lata („w latach 2018–2021”), np. 2018.'),
          endYear: year.optional().describe('Rok zakończenia, gdy źródło podaje tylko lata; nie wcześniejszy niż `startYear`.'),
        })
        .superRefine((period, ctx) => {
          if (period.start && period.end && period.start > period.end) {
            ctx.addIssue({ code: 'custom', path: ['end'], message: 'koniec okresu jest wcześniejszy niż jego początek' });
          }
          if (period.startYear && period.endYear && period.startYear > period.endYear) {
            ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'rok końcowy jest wcześniejszy niż rok początkowy' });
          }
        })
        .describe(
          'Okres realizacji: daty `start` i `end` albo same lata `startYear` i `endYear`, gdy źródło podaje tylko lata. Czego źródło nie podaje, tego się nie wpisuje (strona pokaże „brak danych”).',
        ),
      // Every part of the budget is optional: the sources give different figures.
      budget: z
        .strictObject({
          total: money.optional().describe('Całkowita wartość (całkowity koszt) projektu, np. `31 023 712,56` albo `31023712.56`.'),
          totalIsCeiling: z.boolean().default(false).describe('`true`, gdy źródło podaje całkowitą wartość jako górną granicę („nie więcej niż”).'),
          euFunding: money.optional().describe('Dofinansowanie z UE, np. `13 704 221,30`.'),
          targetedGrant: money.optional().describe('Dotacja celowa z budżetu państwa, np. `4 655 373,79`.'),
          maxCofinancingRate: percent.optional().describe('Maksymalny poziom dofinansowania wydatków kwalifikowalnych w procentach, np. 100.'),
          ownContributionRequired: z.boolean().optional().describe('Czy wymagany jest wkład własny beneficjenta – tylko gdy źródło to mówi.'),
          source: to.sources.describe('Dokument źródłowy tych liczb, np. `zrodlo-liderzy-kooperacji`.'),
        })
        .optional()
        .describe(
          'Kwoty tak, jak podaje je źródło: tylko te, które w nim są, zawsze z `source`. Z nich powstają wykres budżetów i plik `/dane/budzety-projektow.csv`; strona sama podpisuje je źródłem.',
        ),
      territory: z
        .array(to.places)
        .default([])
        .describe('Obszar projektu: miejsca (województwa, powiaty, gminy), które wymienia źródło, np. `[wojewodztwo-podlaskie, gmina-michalowo]`.'),
      territoryNote: plainText
        .optional()
        .describe('Co źródło mówi o obszarze poza wymienionymi miejscami, np. „Innowacja obejmuje 5 gmin i 2 powiaty województwa podlaskiego.”'),
      english: englishProjectSchema(reference)
        .optional()
        .describe('Streszczenie strony po angielsku, z którego powstaje strona `/en/projects/<id>/`; każdy projekt musi je mieć. Zob. „Strony po angielsku”.'),
    })
    .superRefine(checkUpdatedMatchesChanges)
    .superRefine(checkTranslationCurrent);
}
