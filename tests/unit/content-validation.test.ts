import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../support/content-check.ts';
import { formatProblem } from '../../src/lib/editor-errors.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/content');
const workspaces: string[] = [];

/** A content root made of the valid fixture with one invalid case's files laid over it. */
function contentWith(invalidCase?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kb-content-'));
  workspaces.push(root);
  cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
  if (invalidCase) cpSync(path.join(fixtures, 'invalid', invalidCase), root, { recursive: true });
  return root;
}

function problemLines(invalidCase?: string): string[] {
  return checkContent(contentWith(invalidCase)).problems.map(formatProblem);
}

afterAll(() => {
  for (const root of workspaces) rmSync(root, { recursive: true, force: true });
});

describe('valid content', () => {
  test('reads a page written in plain Markdown (.md) like one in MDX, with the same id', () => {
    const root = contentWith();
    const mdx = path.join(root, 'content/programmes/program-testowy.mdx');
    writeFileSync(mdx.replace(/\.mdx$/, '.md'), readFileSync(mdx, 'utf8'));
    rmSync(mdx);
    const { entries, problems } = checkContent(root);
    expect(problems).toEqual([]);
    expect(entries.find((entry) => entry.type === 'programmes')).toMatchObject({ id: 'program-testowy', file: 'content/programmes/program-testowy.md' });
  });

  test('passes with one entry of every content type and no problems', () => {
    const { entries, problems } = checkContent(contentWith());
    expect(problems).toEqual([]);
    expect(new Set(entries.map((entry) => entry.type))).toEqual(
      new Set([
        'projects',
        'models',
        'programmes',
        'trainings',
        'courses',
        'institutions',
        'places',
        'guides',
        'consultationReports',
        'easyRead',
        'indicators',
        'glossary',
        'sources',
      ]),
    );
  });

  test('turns amounts in the notation of the sources into exact złoty', () => {
    const project = checkContent(contentWith()).entries.find((entry) => entry.id === 'projekt-testowy');
    expect((project?.data as { budget: { total: number; euFunding: number } }).budget).toMatchObject({ total: 16607151.36, euFunding: 13704221.3 });
  });

  test('accepts 29 February in a leap year', () => {
    const project = checkContent(contentWith()).entries.find((entry) => entry.id === 'projekt-testowy');
    expect((project?.data as { period: { start: Date } }).period.start.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  test('gives references the shape Astro uses, collection and id', () => {
    const project = checkContent(contentWith()).entries.find((entry) => entry.id === 'projekt-testowy');
    expect((project?.data as { lead: unknown }).lead).toEqual({ collection: 'institutions', id: 'instytucja-testowa' });
  });

  test("reads a model's workflow: a choice, a marked way back and bare ids turned into ways", () => {
    const model = checkContent(contentWith()).entries.find((entry) => entry.type === 'models' && entry.id === 'model-testowy');
    const { steps } = (model?.data as { workflow: { steps: { id: string; next: unknown[]; levels: string[] }[] } }).workflow;
    expect(steps.map((step) => step.id)).toEqual(['zgloszenie', 'diagnoza', 'wsparcie', 'monitorowanie', 'zakonczenie']);
    expect(steps[0]?.next).toEqual([{ step: 'diagnoza', when: undefined, loop: false }]);
    expect(steps[3]?.next).toEqual([
      { step: 'diagnoza', when: 'gdy potrzeby się zmieniły', loop: true },
      { step: 'zakonczenie', when: 'gdy cel wsparcia został osiągnięty', loop: false },
    ]);
  });
});

describe('each kind of mistake an editor can make fails with the file, the field and what is wrong', () => {
  test('a missing required field', () => {
    expect(problemLines('missing-field')).toEqual([
      'content/projects/projekt-testowy.mdx: pole „lead”: brak wymaganego pola: podaj identyfikator wpisu z kolekcji „institutions”',
    ]);
  });

  test('a model without its "W skrócie" lead', () => {
    expect(problemLines('missing-in-brief')).toEqual([expect.stringMatching(/^content\/models\/model-testowy\.mdx: pole „inBrief”: brak wymaganego pola/)]);
  });

  test('a value of the wrong type', () => {
    expect(problemLines('wrong-type')).toEqual([
      'content/places/wojewodztwo-testowe.mdx: pole „version”: oczekiwano numeru wersji (liczba całkowita od 1); znaleziono „drugi”',
    ]);
  });

  test('a reference to an institution that does not exist, with the likely intended id', () => {
    expect(problemLines('unknown-reference')).toEqual([
      'content/projects/projekt-testowy.mdx: pole „partners › pozycja 1”: oczekiwano identyfikatora istniejącego wpisu z content/institutions/; znaleziono „instytucja-testow”, a takiego wpisu nie ma. Czy chodziło o „instytucja-testowa”?',
    ]);
  });

  test('a reference to a place that does not exist', () => {
    expect(problemLines('unknown-place-reference')).toEqual([
      'content/institutions/instytucja-testowa.mdx: pole „places › pozycja 1”: oczekiwano identyfikatora istniejącego wpisu z content/places/; znaleziono „wojewodztwo-slaskie”, a takiego wpisu nie ma',
    ]);
  });

  test('a role in a model naming an institution that does not exist, with the position of the role', () => {
    expect(problemLines('unknown-role-institution')).toEqual([
      'content/models/model-testowy.mdx: pole „roles › pozycja 2 › institution”: oczekiwano identyfikatora istniejącego wpisu z content/institutions/; znaleziono „rodzaj-policja”, a takiego wpisu nie ma',
    ]);
  });

  test('a date that is not in the calendar', () => {
    expect(problemLines('bad-date')).toEqual([
      'content/projects/projekt-testowy.mdx: pole „period › end”: oczekiwano daty w postaci RRRR-MM-DD, np. 2024-02-29; znaleziono „2024-02-30” (miesiąc 2/2024 ma 29 dni, nie ma dnia 30)',
    ]);
  });

  test('an English summary older than the Polish page’s last change', () => {
    expect(problemLines('stale-translation')).toEqual([
      'content/projects/projekt-testowy.mdx: pole „english › translated”: tłumaczenie angielskie jest nieaktualne: strona polska zmieniła się 2026-02-10, a tekst angielski uwzględnia stan z 2026-01-15; uzupełnij pola „english” o te zmiany i wpisz w „english › translated” datę 2026-02-10',
    ]);
  });

  test('a status outside the three allowed ones', () => {
    expect(problemLines('bad-status')).toEqual([
      'content/models/model-testowy.mdx: pole „status”: oczekiwano jednego ze statusów: projekt, konsultacje, przyjety; znaleziono „draft”',
    ]);
  });
});

describe("each mistake in a model's workflow names the step and the field", () => {
  const model = 'content/models/model-testowy.mdx';

  test('two steps with the same id', () => {
    expect(problemLines('workflow-duplicate-step-id')).toEqual([
      `${model}: pole „workflow › krok wsparcie › id”: identyfikator „wsparcie” ma już krok nr 2; każdy krok musi mieć własny`,
    ]);
  });

  test('a `next` with a typo in the step id, with the likely intended id (the step it meant is then unreachable too)', () => {
    expect(problemLines('workflow-unknown-step')).toEqual([
      `${model}: pole „workflow › krok diagnoza › next › pozycja 1”: krok „wsparcei” nie istnieje w tym przebiegu. Czy chodziło o „wsparcie”?`,
      `${model}: pole „workflow › krok wsparcie”: do tego kroku nie prowadzi żadna droga od pierwszego kroku („zgloszenie”); dopisz go do „next” któregoś kroku albo usuń`,
    ]);
  });

  test('a step no way leads to', () => {
    expect(problemLines('workflow-unreachable-step')).toEqual([
      `${model}: pole „workflow › krok mediacja”: do tego kroku nie prowadzi żadna droga od pierwszego kroku („zgloszenie”); dopisz go do „next” któregoś kroku albo usuń`,
    ]);
  });

  test('no step that ends the workflow', () => {
    expect(problemLines('workflow-no-end')).toEqual([
      `${model}: pole „workflow › steps”: żaden krok nie kończy przebiegu: każdy ma „next”; krok końcowy to krok bez „next”, więc usuń „next” z kroku, na którym przebieg się kończy, albo dodaj taki krok`,
    ]);
  });

  test('a way back up the list without „loop: true”, reported once, at that way', () => {
    expect(problemLines('workflow-unmarked-loop')).toEqual([
      `${model}: pole „workflow › krok monitorowanie › next › pozycja 1”: przejście do „diagnoza” wraca do wcześniejszego kroku na liście (nr 1); kroki wpisuje się w kolejności przebiegu, a zamierzony powrót, np. z monitorowania do diagnozy, oznacza się „loop: true”`,
    ]);
  });

  test('„loop: true” on a way that goes down the list', () => {
    expect(problemLines('workflow-loop-not-back')).toEqual([
      `${model}: pole „workflow › krok diagnoza › next › pozycja 1”: przejście do „zakonczenie” ma „loop: true”, ale prowadzi do dalszego kroku na liście (nr 2) zamiast wracać; usuń „loop: true”`,
    ]);
  });

  test('a marked loop with no way out, at each step trapped in it', () => {
    const trapped = 'z tego kroku nie da się dojść do końca przebiegu (kroku bez „next”): drogi dalej zamykają się w pętli';
    expect(problemLines('workflow-closed-loop')).toEqual([
      `${model}: pole „workflow › krok diagnoza › next”: ${trapped}`,
      `${model}: pole „workflow › krok monitorowanie › next”: ${trapped}`,
    ]);
  });

  test('a choice between ways where one lacks „when”', () => {
    expect(problemLines('workflow-missing-when')).toEqual([
      `${model}: pole „workflow › krok diagnoza › next › pozycja 2”: krok ma kilka dróg dalej, więc każda musi mieć „when” (kiedy ją wybrać); brak go przy przejściu do „wsparcie”`,
    ]);
  });

  test('the same `next` twice', () => {
    expect(problemLines('workflow-repeated-next')).toEqual([
      `${model}: pole „workflow › krok diagnoza › next › pozycja 2”: przejście do „wsparcie” jest wpisane dwa razy; zostaw jedno (jeśli mają różne „when”, połącz je w jednym)`,
    ]);
  });

  test('an unknown sector and a step without levels, with the path to the field and the allowed values', () => {
    expect(problemLines('workflow-schema')).toEqual([
      `${model}: pole „workflow › steps › pozycja 1 › sectors › pozycja 2”: oczekiwano jednego z sektorów: pomoc-spoleczna, edukacja, ochrona-zdrowia, kultura-i-sport, sadownictwo-i-policja, ekonomia-spoleczna, polityka-spoleczna; znaleziono „zdrowie”`,
      `${model}: pole „workflow › steps › pozycja 2 › levels”: brak wymaganego pola: podaj listę poziomów, np. [gmina, powiat]; dozwolone: gmina, powiat, wojewodztwo, kraj`,
    ]);
  });
});

describe('step codes', () => {
  test('a workflow code must be capitals, like MK-M', () => {
    expect(problemLines('workflow-bad-code')).toEqual([
      'content/models/model-testowy.mdx: pole „workflow › code”: oczekiwano kodu z 2–5 wielkich liter, z jedną częścią po łączniku lub bez niej, np. MK-M, MKPS; znaleziono „mk-m”',
    ]);
  });

  test('two models cannot share a workflow code, or "MT 1" would point at two steps', () => {
    expect(problemLines('workflow-duplicate-code')).toEqual([
      'content/models/model-testowy.mdx: pole „workflow › code”: kod „MT” ma już przebieg w content/models/model-drugi.mdx; kody kroków („MT 1”) muszą wskazywać jeden model, wybierz inny kod',
    ]);
  });
});

describe('courses', () => {
  test('each session item names a step that exists or a page of the site, with the anchor', () => {
    const course = 'content/courses/kurs-testowy.mdx';
    expect(problemLines('course-items')).toEqual([
      `${course}: pole „sessions › pozycja 2 › items › pozycja 1”: oczekiwano kodu kroku (np. "MK-M 3") albo adresu strony serwisu z kotwicą sekcji lub wykresu (np. "/wskazniki/#wykres-budzety"); znaleziono „wykres budżetów”`,
      `${course}: pole „sessions › pozycja 2 › items › pozycja 2”: oczekiwano kodu kroku (np. "MK-M 3") albo adresu strony serwisu z kotwicą sekcji lub wykresu (np. "/wskazniki/#wykres-budzety"); znaleziono „/wskazniki/wykres-budzety”`,
    ]);
  });

  test('well-formed steps and sections of pages that exist pass', () => {
    const root = contentWith('course-items');
    const file = path.join(root, 'content/courses/kurs-testowy.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(
          '      - MT 6\n      - XY 1\n      - /modele/model-inny/#kroki-modelu\n',
          '      - MT 1\n      - mt-5\n      - /modele/model-testowy/#kroki-modelu\n',
        )
        .replace('      - wykres budżetów\n      - /wskazniki/wykres-budzety\n', '      - /wskazniki/#wykres-budzety\n'),
    );
    expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
  });

  test('once the items are well formed, steps and pages must exist', () => {
    const course = 'content/courses/kurs-testowy.mdx';
    const root = contentWith('course-items');
    const file = path.join(root, course);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('      - wykres budżetów\n      - /wskazniki/wykres-budzety\n', '      - /wskazniki/#wykres-budzety\n'),
    );
    expect(checkContent(root).problems.map(formatProblem)).toEqual([
      `${course}: pole „sessions › pozycja 1 › items › pozycja 1”: przebieg „MT” ma 5 kroków, więc kroku „MT 6” nie ma`,
      `${course}: pole „sessions › pozycja 1 › items › pozycja 2”: kod kroku „XY 1” wskazuje przebieg „XY”, którego nie ma; kody przebiegów: MT`,
      `${course}: pole „sessions › pozycja 1 › items › pozycja 3”: strona „/modele/model-inny/” nie istnieje: w dziale /modele/ nie ma wpisu „model-inny”`,
    ]);
  });
});

describe('other problems are caught before anything is built', () => {
  test.each([
    ['yaml-syntax', 'content/institutions/instytucja-testowa.mdx: błąd składni YAML w wierszu'],
    ['unknown-field', 'content/projects/projekt-testowy.mdx: pole „partnerzy”: nieznane pole'],
    ['bad-file-name', 'content/places/Wojewodztwo_Drugie.mdx: nazwa pliku jest adresem strony'],
    ['duplicate-id', 'content/glossary.yaml (wpis „ops”): pole „id”: identyfikator „ops” jest już użyty przez pozycję 1'],
    ['money-fraction', 'content/projects/projekt-testowy.mdx: pole „budget › total”: oczekiwano kwoty w złotych z groszami'],
    [
      'negative-money',
      'content/projects/projekt-testowy.mdx: pole „budget › euFunding”: oczekiwano kwoty w złotych z groszami, np. 16607151.36 lub "16 607 151,36"; znaleziono liczbę -5 (kwota nie może być ujemna)',
    ],
    ['html-in-text', 'content/institutions/instytucja-testowa.mdx: pole „title”: pole zawiera znacznik HTML'],
    [
      'updated-mismatch',
      'content/places/wojewodztwo-testowe.mdx: pole „updated”: data ostatniej aktualizacji musi być datą najnowszej zmiany z listy „changes” (2026-02-01); znaleziono 2026-03-01',
    ],
    ['period-order', 'content/projects/projekt-testowy.mdx: pole „period › end”: koniec okresu jest wcześniejszy niż jego początek'],
    ['empty-changes', 'content/trainings/szkolenie-testowe.mdx: pole „changes”: lista zmian musi mieć co najmniej jeden wpis (np. pierwszą publikację)'],
    ['missing-frontmatter', 'content/trainings/szkolenie-testowe.mdx: brak nagłówka (frontmatter)'],
  ])('%s', (invalidCase, expectedStart) => {
    const lines = problemLines(invalidCase);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expectedStart);
  });
});

describe("pinned heading ids: `## Heading { #id }` keeps a section's address when the heading is reworded", () => {
  test('a valid pinned id passes', () => {
    expect(problemLines()).toEqual([]);
  });

  test('each bad pin is named with its line in the file', () => {
    const where = 'content/projects/projekt-testowy.mdx: pole „treść, wiersz';
    expect(problemLines('pinned-heading-ids')).toEqual([
      `${where} 31, identyfikator nagłówka”: identyfikator „Cele_Projektu” może mieć tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki między nimi, np. „cele-projektu”`,
      `${where} 37, identyfikator nagłówka”: identyfikator „zadania” ma już nagłówek w wierszu 35; każda sekcja strony potrzebuje własnego`,
      `${where} 39, identyfikator nagłówka”: identyfikator „historia-zmian” ma już sekcja „Historia zmian”, którą strona dodaje sama; wybierz inny`,
      `${where} 41, identyfikator nagłówka”: nawias klamrowy na końcu nagłówka to miejsce na stały identyfikator sekcji, zapisany jako { #identyfikator }, np. { #zrodla-finansowania }; znaleziono „{ .wazny }”`,
    ]);
  });
});

describe('the real content', () => {
  test('has no problems', () => {
    const { problems } = checkContent(path.resolve(import.meta.dirname, '../..'));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('guidance documents: each version a file, numbered text, drafts kept out of the public build', () => {
  const guide = 'content/guides/poradnik-testowy';

  test('versions are read from the document folder with ids „document/version”', () => {
    const ids = checkContent(contentWith())
      .entries.filter((entry) => entry.type === 'guides')
      .map((entry) => entry.id);
    expect(ids).toEqual(['poradnik-testowy/1', 'poradnik-testowy/2']);
  });

  test('the version field must match the file name', () => {
    expect(problemLines('guide-version-mismatch')).toEqual([
      `${guide}/2.mdx: pole „version”: numer wersji musi być taki jak nazwa pliku (2.mdx → version: 2); znaleziono 3`,
    ]);
  });

  test('versions are numbered without gaps', () => {
    expect(problemLines('guide-version-gap')).toEqual([
      `${guide}/4.mdx: pole „version”: wersje numeruje się kolejno od 1 bez przerw; po wersji 2 oczekiwano pliku 3.mdx, znaleziono 4.mdx`,
    ]);
  });

  test('a file named other than its version number', () => {
    expect(problemLines('guide-bad-version-file')).toEqual([
      `${guide}/wersja-3.mdx: plik wersji nazywa się jej numerem: 1.mdx, 2.mdx, 3.mdx… (albo 1.md, 2.md…)`,
    ]);
  });

  test('a version in consultation must give the period', () => {
    expect(problemLines('guide-consultation-period')).toEqual([
      `${guide}/2.mdx: pole „consultation”: dokument w konsultacjach musi podać ich okres: consultation: { from: RRRR-MM-DD, to: RRRR-MM-DD }`,
    ]);
  });

  test('from version 2 on, the change note is required', () => {
    expect(problemLines('guide-missing-change-note')).toEqual([
      `${guide}/2.mdx: pole „changeNote”: od wersji 2 podaj w „changeNote”, co zmieniło się względem poprzedniej wersji`,
    ]);
  });

  test('text outside a numbered section, with the line in the file', () => {
    expect(problemLines('guide-unnumbered-text')).toEqual([
      expect.stringMatching(new RegExp(`^${guide}/2\\.mdx: pole „treść, wiersz 17”: tekst przed pierwszym nagłówkiem`)),
      expect.stringMatching(new RegExp(`^${guide}/2\\.mdx: pole „treść, wiersz 21”: nagłówek stopnia 3`)),
    ]);
  });

  test('a draft may only be the newest version', () => {
    expect(problemLines('guide-draft-before-published')).toEqual([
      `${guide}/2.mdx: pole „status”: wersja 2 jest opublikowana, a wcześniejsza wersja 1 ma status projekt; wersja robocza może być tylko najnowsza (wersja publiczna nie miałaby wersji 1)`,
    ]);
  });

  test('a published entry may not refer to a draft, unless the build includes drafts', () => {
    const root = contentWith('draft-referenced');
    const problems = checkContent(root).problems.map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContain(
      'content/trainings/szkolenie-testowe.mdx: pole „models › pozycja 1”: „model-testowy” ma status projekt, więc nie trafi do publicznej wersji serwisu, a ten opublikowany wpis by do niego prowadził; usuń odwołanie albo zmień status wpisu „model-testowy” (podgląd z wersjami roboczymi: KB_DRAFTS=1)',
    );
    expect(checkContent(root, { includeDrafts: true }).problems).toEqual([]);
  });
});

describe('former ids (aliases) that keep old addresses working', () => {
  test('are read as lists of ids: `aliases` in pages and guides, `formerIds` in the glossary', () => {
    const { entries } = checkContent(contentWith());
    const byId = new Map(entries.map((entry) => [entry.id, entry.data as { aliases?: string[]; formerIds?: string[] }]));
    expect(byId.get('model-testowy')?.aliases).toEqual(['model-probny']);
    expect(byId.get('wojewodztwo-testowe')?.aliases).toEqual([]);
    expect(byId.get('ops')?.formerIds).toEqual(['osrodek-pomocy']);
    // Both versions of the guide list the same former id: they are one document, not two claims.
    expect(byId.get('poradnik-testowy/1')?.aliases).toEqual(['poradnik-probny']);
    expect(byId.get('poradnik-testowy/2')?.aliases).toEqual(['poradnik-probny']);
  });

  test('a former id that is not an id', () => {
    expect(problemLines('alias-bad-slug')).toEqual([
      'content/models/model-testowy.mdx: pole „aliases › pozycja 2”: identyfikator może mieć tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki, np. „rops-bialystok”; znaleziono „Model_Stary”',
    ]);
  });

  test("the entry's own current id", () => {
    expect(problemLines('alias-own-id')).toEqual([
      'content/models/model-testowy.mdx: pole „aliases › pozycja 1”: „model-testowy” to obecny identyfikator tego wpisu; wpisuje się tu tylko dawne identyfikatory, pod którymi wpis był wcześniej opublikowany',
    ]);
  });

  test('the current id of another entry in the same section', () => {
    expect(problemLines('alias-current-id')).toEqual([
      'content/places/wojewodztwo-drugie.mdx: pole „aliases › pozycja 1”: „wojewodztwo-testowe” to obecny identyfikator innego wpisu (content/places/wojewodztwo-testowe.mdx): pod adresem /miejsca/wojewodztwo-testowe/ jest jego strona, więc ten adres nie może prowadzić tutaj; usuń „wojewodztwo-testowe” z tej listy',
    ]);
  });

  test('the same former id twice in one list', () => {
    expect(problemLines('alias-repeated')).toEqual([
      'content/models/model-testowy.mdx: pole „aliases › pozycja 3”: „model-probny” jest już na tej liście (pozycja 1); wpisz go raz',
    ]);
  });

  test('one former id claimed by two glossary entries', () => {
    expect(problemLines('alias-claimed-twice')).toEqual([
      'content/glossary.yaml (wpis „gops”): pole „formerIds › pozycja 1”: „osrodek-pomocy” jest już dawnym identyfikatorem innego wpisu (content/glossary.yaml, wpis „ops”); dawny adres /slownik/osrodek-pomocy/ może prowadzić tylko do jednej strony, więc zostaw go przy wpisie, który ją zastąpił',
    ]);
  });

  test('a former id only a draft version of a published guide gives, unless the build includes drafts', () => {
    const root = contentWith('alias-guide-draft-only');
    expect(checkContent(root).problems.map(formatProblem)).toEqual([
      'content/guides/poradnik-testowy/3.mdx: pole „aliases › pozycja 2”: ta wersja ma status projekt, więc w publicznej wersji serwisu jej pola się nie liczą i dawny adres /dokumenty/poradnik-dawny/ nie prowadziłby do dokumentu „poradnik-testowy”; wpisz „poradnik-dawny” także w „aliases” opublikowanej wersji (content/guides/poradnik-testowy/2.mdx)',
    ]);
    expect(checkContent(root, { includeDrafts: true }).problems).toEqual([]);
  });
});

describe('the bad-input corpus: each malformed file names the file, the field (or line) and what is wrong', () => {
  const html = 'pole zawiera znacznik HTML; wpisz zwykły tekst (formatowanie należy do treści strony, nie do pól nagłówka)';
  const yamlHint = 'Sprawdź wcięcia, dwukropki i cudzysłowy.';

  test.each([
    // Frontmatter syntax
    [
      'frontmatter-unclosed',
      'content/institutions/instytucja-testowa.mdx: nagłówek (frontmatter) nie jest zamknięty: po ostatnim polu nagłówka dopisz wiersz „---”, a dopiero pod nim treść strony',
    ],
    [
      'frontmatter-tabs',
      `content/trainings/szkolenie-testowe.mdx: błąd składni YAML w wierszu 14: wcięcie zrobiono tabulatorem, a wcina się tylko spacjami. ${yamlHint}`,
    ],
    ['duplicate-field', `content/models/model-testowy.mdx: błąd składni YAML w wierszu 14: to pole jest już wpisane wyżej; zostaw jedno. ${yamlHint}`],
    // The glossary cannot be read, so references to its terms are not reported a second time.
    [
      'yaml-syntax-list-file',
      `content/glossary.yaml: błąd składni YAML w wierszu 5: brak przecinka między pozycjami w nawiasach [ ] lub { }, albo nawias nie jest zamknięty. ${yamlHint}`,
    ],
    // Wrong types
    ['wrong-type-list-for-text', 'content/programmes/program-testowy.mdx: pole „title”: oczekiwano: tekst; znaleziono listę'],
    [
      'wrong-type-object-for-date',
      'content/institutions/instytucja-testowa.mdx: pole „updated”: oczekiwano daty w postaci RRRR-MM-DD, np. 2024-02-29; znaleziono zestaw pól',
    ],
    ['wrong-type-text-for-number', 'content/indicators.yaml (wpis „wskaznik-testowy”): pole „target”: oczekiwano liczby (wartość docelowa); znaleziono „dużo”'],
    // Unknown references
    [
      'unknown-workflow-actor',
      'content/models/model-testowy.mdx: pole „workflow › steps › pozycja 1 › actors › pozycja 2”: oczekiwano identyfikatora istniejącego wpisu z content/institutions/; znaleziono „ops-nieznany”, a takiego wpisu nie ma',
    ],
    [
      'unknown-course-training',
      'content/courses/kurs-testowy.mdx: pole „trainings › pozycja 1”: oczekiwano identyfikatora istniejącego wpisu z content/trainings/; znaleziono „szkolenie-nieznane”, a takiego wpisu nie ma',
    ],
    [
      'unknown-source',
      'content/programmes/program-testowy.mdx: pole „sources › pozycja 2”: oczekiwano identyfikatora istniejącego wpisu z content/sources.yaml; znaleziono „zrodlo-nieznane”, a takiego wpisu nie ma',
    ],
    [
      'unknown-glossary-term',
      'content/models/model-testowy.mdx: pole „workflow › steps › pozycja 2 › outputs › pozycja 1 › term”: oczekiwano identyfikatora istniejącego wpisu z content/glossary.yaml; znaleziono „opss”, a takiego wpisu nie ma. Czy chodziło o „ops”?',
    ],
    // Duplicate ids; file names are lower case only, so two files cannot differ only by case
    [
      'duplicate-indicator-id',
      'content/indicators.yaml (wpis „wskaznik-testowy”): pole „id”: identyfikator „wskaznik-testowy” jest już użyty przez pozycję 1; każdy wpis musi mieć własny',
    ],
    [
      'file-names-differing-by-case',
      'content/institutions/Instytucja-Testowa.mdx: nazwa pliku jest adresem strony, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki, np. „rops-bialystok.md”',
    ],
    // A page written as both .md and .mdx, and a component in a plain Markdown file
    [
      'same-id-md-and-mdx',
      'content/programmes/program-testowy.mdx: ten sam adres ma już plik content/programmes/program-testowy.md; jedna strona to jeden plik: .md albo .mdx, nie oba',
    ],
    [
      'markdown-with-component',
      'content/programmes/program-markdown.md: pole „treść, wiersz 26”: „<Cite source="zrodlo-testowe" />” działa tylko w pliku .mdx; w pliku .md zostałby wypisany jako tekst albo pominięty. Zmień rozszerzenie pliku na .mdx',
    ],
    // Amounts
    [
      'money-not-a-number',
      'content/projects/projekt-testowy.mdx: pole „budget › total”: oczekiwano kwoty w złotych z groszami, np. 16607151.36 lub "16 607 151,36"; znaleziono „dużo” (zapis kwoty nie jest rozpoznawalny)',
    ],
    ['negative-indicator-target', 'content/indicators.yaml (wpis „wskaznik-testowy”): pole „target”: wartość docelowa nie może być ujemna'],
    // Impossible dates
    [
      'date-not-leap-year',
      'content/trainings/szkolenie-testowe.mdx: pole „changes › pozycja 1 › date”: oczekiwano daty w postaci RRRR-MM-DD, np. 2024-02-29; znaleziono „2023-02-29” (miesiąc 2/2023 ma 28 dni, nie ma dnia 29)',
    ],
    [
      'date-month-13',
      'content/programmes/program-testowy.mdx: pole „resolution › date”: oczekiwano daty w postaci RRRR-MM-DD, np. 2024-02-29; znaleziono „2024-13-01” (nie ma miesiąca 13)',
    ],
    ['years-order', 'content/programmes/program-testowy.mdx: pole „years › to”: rok „to” jest wcześniejszy niż rok „from”'],
    // TERYT codes that cannot exist
    [
      'teryt-unknown-voivodeship',
      'content/places/wojewodztwo-testowe.mdx: pole „teryt”: kod TERYT zaczyna się od kodu województwa, a „21” nie jest kodem żadnego z 16 województw (parzyste liczby od 02 do 32, np. 20 – podlaskie); znaleziono „21”',
    ],
    ['teryt-length-for-type', 'content/places/wojewodztwo-testowe.mdx: pole „teryt”: kod TERYT województwa ma 2 cyfry, np. "20"; znaleziono „2005”'],
    [
      'teryt-gmina-type-digit',
      'content/places/gmina-testowa.mdx: pole „teryt”: ostatnia cyfra kodu TERYT gminy to jej rodzaj: 1 (gmina miejska), 2 (gmina wiejska) albo 3 (gmina miejsko-wiejska); znaleziono „2005087”',
    ],
    [
      'teryt-not-in-parent',
      'content/places/powiat-testowy.mdx: pole „teryt”: miejsce leży w „wojewodztwo-testowe” (TERYT „20”), więc jego kod TERYT musi zaczynać się od „20” i być od niego dłuższy; znaleziono „0605”',
    ],
    // HTML and script in text fields
    ['script-in-title', `content/projects/projekt-testowy.mdx: pole „title”: ${html}`],
    ['img-onerror-in-description', `content/courses/kurs-testowy.mdx: pole „description”: ${html}`],
    ['html-in-glossary-definition', `content/glossary.yaml (wpis „ops”): pole „definition”: ${html}`],
    ['html-in-step-summary', `content/models/model-testowy.mdx: pole „workflow › steps › pozycja 2 › summary”: ${html}`],
    ['html-in-course-goal', `content/courses/kurs-testowy.mdx: pole „sessions › pozycja 1 › goal”: ${html}`],
  ])('%s', (invalidCase, expected) => {
    expect(problemLines(invalidCase)).toEqual([expected]);
  });
});
