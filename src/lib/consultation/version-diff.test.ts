import { describe, expect, test } from 'vitest';
import { textOfSide } from './__fixtures__/word-parts.ts';
import { ParagraphNumberer, type DocumentStructure } from './paragraphs.ts';
import { changeAnchor, compareVersions, unitChanges, type ComparedItem, type VersionComparison } from './version-diff.ts';

/** A document from `[heading, ...units]` per section, numbered as the site numbers it. */
function documentOf(...sections: [string, ...string[]][]): DocumentStructure {
  const numberer = new ParagraphNumberer();
  for (const [title, ...units] of sections) {
    numberer.startSection(title, title.toLocaleLowerCase('pl-PL').replaceAll(' ', '-'));
    for (const unit of units) numberer.nextParagraph(unit);
  }
  return numberer.structure;
}

/** One line per item: kind, type and the numbers on each side, e.g. "changed ust. § 1 ust. 2 → § 1 ust. 3 (renumbered)". */
function outline(comparison: VersionComparison): string[] {
  return comparison.items.map((item) => {
    const side = (value: ComparedItem['before']) => (value === undefined ? '∅' : 'label' in value ? value.label : `§ ${value.number}`);
    return `${item.kind} ${item.type === 'heading' ? 'nagłówek' : 'ust.'} ${side(item.before)} → ${side(item.after)}${item.renumbered ? ' (renumbered)' : ''}`;
  });
}

/** Every changed item's parts give back the older text (same + removed) and the newer (same + added). */
function expectPartsRebuildTexts(comparison: VersionComparison): void {
  for (const item of comparison.items) {
    if (item.kind !== 'changed') {
      expect(item.parts).toBeUndefined();
      continue;
    }
    const [before, after] = item.type === 'heading' ? [item.before.title, item.after.title] : [item.before.text, item.after.text];
    expect(textOfSide(item.parts, 'removed')).toBe(before);
    expect(textOfSide(item.parts, 'added')).toBe(after);
    expect(item.parts.some((part) => part.kind !== 'same')).toBe(true);
  }
}

function compare(older: DocumentStructure, newer: DocumentStructure): VersionComparison {
  const comparison = compareVersions(older, newer);
  expectPartsRebuildTexts(comparison);
  return comparison;
}

const BASE = documentOf(
  ['Cel dokumentu', 'Dokument opisuje, jak gmina tworzy lokalny program opieki wytchnieniowej.', 'Program przyjmuje rada gminy w drodze uchwały.'],
  [
    'Zakres',
    'Program obejmuje opiekunów osób z niepełnosprawnościami.',
    'Usługi świadczy ośrodek pomocy społecznej albo organizacja pozarządowa.',
    'Koszty pokrywa budżet gminy i środki z Funduszu Solidarnościowego.',
  ],
);

describe('compareVersions', () => {
  test('identical documents: every heading and unit unchanged, nothing renumbered, no changes counted', () => {
    const comparison = compare(BASE, structuredClone(BASE));
    expect(comparison.items).toHaveLength(7);
    expect(comparison.items.every((item) => item.kind === 'unchanged' && !item.renumbered && item.parts === undefined)).toBe(true);
    expect(comparison.summary).toEqual({ changed: 0, added: 0, removed: 0, unchanged: 7 });
    expect(comparison.byType).toEqual({
      heading: { changed: 0, added: 0, removed: 0, unchanged: 2 },
      paragraph: { changed: 0, added: 0, removed: 0, unchanged: 5 },
    });
  });

  test('items follow reading order: each heading, then its units', () => {
    expect(outline(compare(BASE, BASE))).toEqual([
      'unchanged nagłówek § 1 → § 1',
      'unchanged ust. § 1 ust. 1 → § 1 ust. 1',
      'unchanged ust. § 1 ust. 2 → § 1 ust. 2',
      'unchanged nagłówek § 2 → § 2',
      'unchanged ust. § 2 ust. 1 → § 2 ust. 1',
      'unchanged ust. § 2 ust. 2 → § 2 ust. 2',
      'unchanged ust. § 2 ust. 3 → § 2 ust. 3',
    ]);
  });

  test('a reworded unit is one changed item with a word diff and both versions’ ids and labels', () => {
    const newer = documentOf(
      ['Cel dokumentu', 'Dokument opisuje, jak gmina tworzy lokalny program opieki wytchnieniowej.', 'Program przyjmuje rada gminy w drodze uchwały.'],
      [
        'Zakres',
        'Program obejmuje opiekunów osób z niepełnosprawnościami.',
        'Usługi świadczy ośrodek pomocy społecznej, centrum usług społecznych albo organizacja pozarządowa.',
        'Koszty pokrywa budżet gminy i środki z Funduszu Solidarnościowego.',
      ],
    );
    const comparison = compare(BASE, newer);
    expect(comparison.summary).toEqual({ changed: 1, added: 0, removed: 0, unchanged: 6 });
    const item = comparison.items[5]!;
    expect(item).toMatchObject({ type: 'paragraph', kind: 'changed', renumbered: false });
    expect(item.before).toMatchObject({ id: 'p-2-2', label: '§ 2 ust. 2' });
    expect(item.after).toMatchObject({ id: 'p-2-2', label: '§ 2 ust. 2' });
    expect(item.parts).toEqual([
      { kind: 'same', text: 'Usługi świadczy ośrodek pomocy społecznej' },
      { kind: 'added', text: ',' },
      { kind: 'same', text: ' ' },
      { kind: 'added', text: 'centrum usług społecznych ' },
      { kind: 'same', text: 'albo organizacja pozarządowa.' },
    ]);
  });

  test('an inserted unit is added in its place and the units after it are unchanged but renumbered', () => {
    const newer = documentOf(
      ['Cel dokumentu', 'Dokument opisuje, jak gmina tworzy lokalny program opieki wytchnieniowej.', 'Program przyjmuje rada gminy w drodze uchwały.'],
      [
        'Zakres',
        'Program obejmuje opiekunów osób z niepełnosprawnościami.',
        'Pierwszeństwo mają opiekunowie, którzy opiekują się bliskim całą dobę.',
        'Usługi świadczy ośrodek pomocy społecznej albo organizacja pozarządowa.',
        'Koszty pokrywa budżet gminy i środki z Funduszu Solidarnościowego.',
      ],
    );
    const comparison = compare(BASE, newer);
    expect(outline(comparison).slice(3)).toEqual([
      'unchanged nagłówek § 2 → § 2',
      'unchanged ust. § 2 ust. 1 → § 2 ust. 1',
      'added ust. ∅ → § 2 ust. 2',
      'unchanged ust. § 2 ust. 2 → § 2 ust. 3 (renumbered)',
      'unchanged ust. § 2 ust. 3 → § 2 ust. 4 (renumbered)',
    ]);
    const moved = comparison.items[6]!;
    expect([moved.before?.id, moved.after?.id]).toEqual(['p-2-2', 'p-2-3']);
    expect(comparison.summary).toEqual({ changed: 0, added: 1, removed: 0, unchanged: 7 });
  });

  test('a removed unit stays where it was, with its old number, and the following ones move up', () => {
    const newer = documentOf(
      ['Cel dokumentu', 'Program przyjmuje rada gminy w drodze uchwały.'],
      [
        'Zakres',
        'Program obejmuje opiekunów osób z niepełnosprawnościami.',
        'Usługi świadczy ośrodek pomocy społecznej albo organizacja pozarządowa.',
        'Koszty pokrywa budżet gminy i środki z Funduszu Solidarnościowego.',
      ],
    );
    const comparison = compare(BASE, newer);
    expect(outline(comparison).slice(0, 3)).toEqual([
      'unchanged nagłówek § 1 → § 1',
      'removed ust. § 1 ust. 1 → ∅',
      'unchanged ust. § 1 ust. 2 → § 1 ust. 1 (renumbered)',
    ]);
    expect(comparison.items[1]!.before).toEqual(BASE.paragraphs[0]);
    expect(comparison.summary).toEqual({ changed: 0, added: 0, removed: 1, unchanged: 6 });
  });

  test('a new section adds its heading and units and renumbers the sections after it', () => {
    const newer = documentOf(
      ['Cel dokumentu', 'Dokument opisuje, jak gmina tworzy lokalny program opieki wytchnieniowej.', 'Program przyjmuje rada gminy w drodze uchwały.'],
      ['Definicje', 'Opiekun – osoba, która stale opiekuje się bliskim.', 'Opieka wytchnieniowa – czasowe przejęcie opieki.'],
      [
        'Zakres',
        'Program obejmuje opiekunów osób z niepełnosprawnościami.',
        'Usługi świadczy ośrodek pomocy społecznej albo organizacja pozarządowa.',
        'Koszty pokrywa budżet gminy i środki z Funduszu Solidarnościowego.',
      ],
    );
    const comparison = compare(BASE, newer);
    expect(outline(comparison).slice(3)).toEqual([
      'added nagłówek ∅ → § 2',
      'added ust. ∅ → § 2 ust. 1',
      'added ust. ∅ → § 2 ust. 2',
      'unchanged nagłówek § 2 → § 3 (renumbered)',
      'unchanged ust. § 2 ust. 1 → § 3 ust. 1 (renumbered)',
      'unchanged ust. § 2 ust. 2 → § 3 ust. 2 (renumbered)',
      'unchanged ust. § 2 ust. 3 → § 3 ust. 3 (renumbered)',
    ]);
    expect(comparison.items[3]!.after).toEqual({ number: 2, title: 'Definicje', id: 'definicje' });
    expect(comparison.byType.heading).toEqual({ changed: 0, added: 1, removed: 0, unchanged: 2 });
    expect(comparison.byType.paragraph).toEqual({ changed: 0, added: 2, removed: 0, unchanged: 5 });
  });

  test('a renamed heading is changed, with the titles diffed and both anchors given', () => {
    const newer = structuredClone(BASE);
    newer.sections[1] = { number: 2, title: 'Zakres programu', id: 'zakres-programu' };
    const comparison = compare(BASE, newer);
    const heading = comparison.items[3]!;
    expect(heading).toMatchObject({ type: 'heading', kind: 'changed', renumbered: false });
    expect(heading.before).toEqual({ number: 2, title: 'Zakres', id: 'zakres' });
    expect(heading.after).toEqual({ number: 2, title: 'Zakres programu', id: 'zakres-programu' });
    expect(heading.parts).toEqual([
      { kind: 'same', text: 'Zakres' },
      { kind: 'added', text: ' programu' },
    ]);
    expect(comparison.summary).toEqual({ changed: 1, added: 0, removed: 0, unchanged: 6 });
  });

  test('a heading renamed to entirely new words, with the text around it unchanged, is still a renamed section', () => {
    const newer = structuredClone(BASE);
    newer.sections[1] = { number: 2, title: 'Kogo obejmuje program', id: 'kogo-obejmuje-program' };
    expect(outline(compare(BASE, newer))[3]).toBe('changed nagłówek § 2 → § 2');
  });

  test('a unit replaced by a completely different one is removed and added, not changed', () => {
    const newer = structuredClone(BASE);
    newer.paragraphs[1] = { ...newer.paragraphs[1]!, text: 'Wnioski składa się w urzędzie do końca marca każdego roku.' };
    const comparison = compare(BASE, newer);
    expect(outline(comparison).slice(1, 4)).toEqual(['unchanged ust. § 1 ust. 1 → § 1 ust. 1', 'removed ust. § 1 ust. 2 → ∅', 'added ust. ∅ → § 1 ust. 2']);
    expect(comparison.summary).toEqual({ changed: 0, added: 1, removed: 1, unchanged: 6 });
  });

  test('in one run of edits, similar units pair in order and the rest stay removed or added', () => {
    const older = documentOf(['Zasady', 'Gmina wyznacza koordynatora programu.', 'Koordynator prowadzi listę opiekunów.', 'Lista jest jawna.']);
    const newer = documentOf([
      'Zasady',
      'Gmina wyznacza koordynatora programu opieki.',
      'Opiekun może zrezygnować w każdej chwili.',
      'Koordynator prowadzi i aktualizuje listę opiekunów.',
    ]);
    expect(outline(compare(older, newer))).toEqual([
      'unchanged nagłówek § 1 → § 1',
      'changed ust. § 1 ust. 1 → § 1 ust. 1',
      'added ust. ∅ → § 1 ust. 2',
      'changed ust. § 1 ust. 2 → § 1 ust. 3 (renumbered)',
      'removed ust. § 1 ust. 3 → ∅',
    ]);
  });

  test('headings pair only with headings and units only with units, even with the same words', () => {
    const older = documentOf(['Wstęp', 'Tekst.'], ['Finansowanie programu', 'Koszty pokrywa gmina.']);
    const newer = documentOf(['Wstęp', 'Tekst.', 'Finansowanie programu', 'Koszty pokrywa gmina.']);
    expect(outline(compare(older, newer))).toEqual([
      'unchanged nagłówek § 1 → § 1',
      'unchanged ust. § 1 ust. 1 → § 1 ust. 1',
      'removed nagłówek § 2 → ∅',
      'added ust. ∅ → § 1 ust. 2',
      'unchanged ust. § 2 ust. 1 → § 1 ust. 3 (renumbered)',
    ]);
  });

  test('a section replaced by another one: the old one is removed before the new one is added', () => {
    const older = documentOf(['Wstęp', 'Tekst.'], ['Finansowanie', 'Koszty pokrywa gmina z własnego budżetu.']);
    const newer = documentOf(['Wstęp', 'Tekst.'], ['Monitorowanie', 'Ośrodek co roku składa radzie sprawozdanie.']);
    expect(outline(compare(older, newer)).slice(2)).toEqual([
      'removed nagłówek § 2 → ∅',
      'removed ust. § 2 ust. 1 → ∅',
      'added nagłówek ∅ → § 2',
      'added ust. ∅ → § 2 ust. 1',
    ]);
  });

  test('Polish letters and typographic punctuation are compared and diffed as words', () => {
    const older = documentOf(['Źródła', 'Zgodnie z art. 50 ustawy – „Prawo o pomocy społecznej” – gmina świadczy usługi opiekuńcze.']);
    const newer = documentOf(['Źródła', 'Zgodnie z art. 50 i 51 ustawy – „Prawo o pomocy społecznej” – gmina świadczy specjalistyczne usługi opiekuńcze.']);
    const comparison = compare(older, newer);
    const item = comparison.items[1]!;
    expect(item.kind).toBe('changed');
    expect(item.parts?.filter((part) => part.kind !== 'same').map((part) => part.text.trim())).toEqual(['i 51', 'specjalistyczne']);
    expect(item.parts?.[0]).toEqual({ kind: 'same', text: 'Zgodnie z art. 50 ' });
  });

  test('a change of letter case or of a Polish diacritic counts as a change', () => {
    const older = documentOf(['Zakres', 'Opieka nad osoba zalezna.']);
    const newer = documentOf(['Zakres', 'Opieka nad osobą zależną.']);
    const item = compare(older, newer).items[1]!;
    expect(item.kind).toBe('changed');
    expect(item.parts?.filter((part) => part.kind === 'added').map((part) => part.text)).toEqual(['osobą', 'zależną']);
    expect(compare(documentOf(['A', 'gmina']), documentOf(['A', 'Gmina'])).items[1]?.kind).toBe('changed');
  });

  test('differences in spacing alone are not changes', () => {
    const older: DocumentStructure = {
      sections: [{ number: 1, title: 'Cel  dokumentu', id: 'cel' }],
      paragraphs: [{ id: 'p-1-1', section: 1, unit: 1, label: '§ 1 ust. 1', text: 'Gmina\u00A0tworzy   program.' }],
    };
    const newer = documentOf(['Cel dokumentu', 'Gmina tworzy program.']);
    expect(compare(older, newer).summary).toEqual({ changed: 0, added: 0, removed: 0, unchanged: 2 });
  });

  test('list items on separate lines: an edited item is diffed inside its line and the line breaks are kept', () => {
    const older = documentOf(['Kroki', 'diagnoza potrzeb opiekunów\nprojekt programu\nkonsultacje z mieszkańcami\nuchwała rady gminy']);
    const newer = documentOf(['Kroki', 'diagnoza potrzeb opiekunów\nprojekt programu z budżetem\nkonsultacje z mieszkańcami\nuchwała rady gminy']);
    const item = compare(older, newer).items[1]!;
    expect(item.kind).toBe('changed');
    expect(item.parts).toEqual([
      { kind: 'same', text: 'diagnoza potrzeb opiekunów\nprojekt programu' },
      { kind: 'added', text: ' z budżetem' },
      { kind: 'same', text: '\nkonsultacje z mieszkańcami\nuchwała rady gminy' },
    ]);
  });

  test('an added list item changes the unit; splitting the list into lines is a change too', () => {
    const older = documentOf(['Kroki', 'diagnoza\nprojekt\nuchwała']);
    const added = documentOf(['Kroki', 'diagnoza\nprojekt\nkonsultacje\nuchwała']);
    const joinedLines = documentOf(['Kroki', 'diagnoza projekt uchwała']);
    expect(compare(older, added).items[1]?.kind).toBe('changed');
    expect(compare(older, joinedLines).items[1]?.kind).toBe('changed');
  });

  test('empty documents: nothing to compare, or everything added, or everything removed', () => {
    const empty: DocumentStructure = { sections: [], paragraphs: [] };
    expect(compare(empty, empty)).toEqual({
      items: [],
      summary: { changed: 0, added: 0, removed: 0, unchanged: 0 },
      byType: { heading: { changed: 0, added: 0, removed: 0, unchanged: 0 }, paragraph: { changed: 0, added: 0, removed: 0, unchanged: 0 } },
    });
    expect(compare(empty, BASE).summary).toEqual({ changed: 0, added: 7, removed: 0, unchanged: 0 });
    expect(compare(BASE, empty).summary).toEqual({ changed: 0, added: 0, removed: 7, unchanged: 0 });
    expect(outline(compare(BASE, empty))[0]).toBe('removed nagłówek § 1 → ∅');
  });

  test('a section without units still has its heading compared', () => {
    const older = documentOf(['Załączniki']);
    const newer = documentOf(['Załączniki do programu']);
    expect(outline(compare(older, newer))).toEqual(['changed nagłówek § 1 → § 1']);
  });

  test('units given out of order are compared in reading order', () => {
    const shuffled: DocumentStructure = { sections: [...BASE.sections].reverse(), paragraphs: [...BASE.paragraphs].reverse() };
    expect(compare(shuffled, BASE).summary).toEqual({ changed: 0, added: 0, removed: 0, unchanged: 7 });
  });

  test('a long document rewritten from scratch pairs nothing that is not alike', () => {
    const units = (words: string[]) => Array.from({ length: 400 }, (_, index) => words.map((word) => `${word}${index}`).join(' '));
    const comparison = compare(documentOf(['Tekst', ...units(['alfa', 'beta', 'gamma'])]), documentOf(['Tekst', ...units(['delta', 'epsilon', 'zeta'])]));
    expect(comparison.summary).toEqual({ changed: 0, added: 400, removed: 400, unchanged: 1 });
    expect(comparison.items).toHaveLength(801);
    expect(comparison.items.filter((item) => item.kind === 'removed').map((item) => item.before?.id)).toEqual(
      Array.from({ length: 400 }, (_, index) => `p-1-${index + 1}`),
    );
  });

  test('added and removed items carry only the side they exist in', () => {
    const comparison = compare(documentOf(['A', 'Stary tekst jednego ustępu.']), documentOf(['A', 'Zupełnie inne zdanie tutaj.']));
    const [, removedItem, addedItem] = comparison.items;
    expect(removedItem).toEqual({ type: 'paragraph', kind: 'removed', before: expect.objectContaining({ id: 'p-1-1' }), renumbered: false });
    expect(addedItem).toEqual({ type: 'paragraph', kind: 'added', after: expect.objectContaining({ id: 'p-1-1' }), renumbered: false });
  });
});

describe('unitChanges', () => {
  test('gives each unit of the older version the anchor and kind of its item on the comparison page', () => {
    const numbered = (...sections: string[][]) => {
      const numberer = new ParagraphNumberer();
      sections.forEach((units, index) => {
        numberer.startSection(`Sekcja ${index + 1}`, `sekcja-${index + 1}`);
        for (const unit of units) numberer.nextParagraph(unit);
      });
      return numberer.structure;
    };
    const comparison = compareVersions(numbered(['Bez zmian.', 'Stary zapis ustępu.', 'Usunięty.']), numbered(['Bez zmian.', 'Nowy zapis ustępu.']));
    const changes = unitChanges(comparison);
    expect(changes.get('p-1-1')).toEqual({ anchor: changeAnchor(comparison.items.findIndex((item) => item.before?.id === 'p-1-1')), kind: 'unchanged' });
    expect(changes.get('p-1-2')?.kind).toBe('changed');
    expect(changes.get('p-1-3')?.kind).toBe('removed');
    expect(changes.get('p-1-2')?.anchor).toMatch(/^zmiana-\d+$/);
  });
});
