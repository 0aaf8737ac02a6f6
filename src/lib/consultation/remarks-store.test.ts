import { describe, expect, test } from 'vitest';
import { MemoryStorage, RefusingStorage } from './__fixtures__/memory-storage.ts';
import type { StorageLike } from './guarded-storage.ts';
import type { RemarkInput } from './remark.ts';
import { RemarkStore, SUBMITTER_KEY } from './remarks-store.ts';

/** A storage the browser has blocked: every access throws a SecurityError. */
class BlockedStorage implements StorageLike {
  get length(): number {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  key(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

const KEY = 'kb-uwagi:v1:poradnik:2';
const DRAFT_KEY = 'kb-uwagi:v1:poradnik:2:szkic';

/** A store with a clock that ticks one minute per call and ids uwaga-1, uwaga-2, … */
function storeOn(storage: StorageLike | null, options: { documentId?: string; version?: number } = {}) {
  let minute = 0;
  let id = 0;
  return new RemarkStore({
    storage,
    documentId: options.documentId ?? 'poradnik',
    version: options.version ?? 2,
    now: () => new Date(Date.UTC(2025, 2, 1, 9, minute++)),
    newId: () => `uwaga-${++id}`,
  });
}

function input(paragraphId: string, proposal = 'Proponuję zmienić zapis.', justification = 'Bo tak jest jaśniej.'): RemarkInput {
  const [, section, unit] = paragraphId.split('-');
  return { paragraphId, paragraphLabel: `§ ${section} ust. ${unit}`, currentText: 'Dotychczasowy tekst ustępu.', proposal, justification };
}

function value<T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.problem.message}`);
  return result.value;
}

const AWKWARD = [
  'Cudzysłowy "proste" i „polskie”, apostrof \' oraz ;;; średniki, przecinki, , ,',
  'Pierwsza linia\nDruga linia\r\nTrzecia po CRLF\rI sam CR',
  '\tTabulator na początku i spacje na końcu   ',
  'Zażółć gęślą jaźń — ZAŻÓŁĆ GĘŚLĄ JAŹŃ',
  '<script>alert(1)</script> &amp; <b>pogrubienie</b>',
  'Emoji 👍🏽 i 👨‍👩‍👧 oraz znak \u00A0 twardej spacji',
  '=SUM(A1:A3)',
  '   ',
  '{"udaje":"JSON"}',
];

describe('RemarkStore: remarks', () => {
  test('adds a remark with an id and timestamps and stores it as JSON under the document and version key', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const remark = value(store.add(input('p-2-3')));
    expect(remark).toEqual({
      id: 'uwaga-1',
      paragraphId: 'p-2-3',
      paragraphLabel: '§ 2 ust. 3',
      currentText: 'Dotychczasowy tekst ustępu.',
      proposal: 'Proponuję zmienić zapis.',
      justification: 'Bo tak jest jaśniej.',
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
    });
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual([remark]);
    expect(value(store.list())).toEqual([remark]);
  });

  test('keeps the remarks over a reload: a new store on the same storage reads them', () => {
    const storage = new MemoryStorage();
    storeOn(storage).add(input('p-1-1'));
    expect(value(storeOn(storage).list()).map((remark) => remark.paragraphId)).toEqual(['p-1-1']);
  });

  test('lists in document order: section, then unit (numerically), then oldest first', () => {
    const store = storeOn(new MemoryStorage());
    for (const id of ['p-10-1', 'p-2-3', 'p-2-10', 'p-2-3', 'p-1-2']) store.add(input(id, `uwaga do ${id}`));
    expect(value(store.list()).map((remark) => `${remark.paragraphId} ${remark.id}`)).toEqual([
      'p-1-2 uwaga-5',
      'p-2-3 uwaga-2',
      'p-2-3 uwaga-4',
      'p-2-10 uwaga-3',
      'p-10-1 uwaga-1',
    ]);
  });

  test('an empty storage has no remarks', () => {
    expect(value(storeOn(new MemoryStorage()).list())).toEqual([]);
  });

  test('updates the proposal and justification, keeping the rest and moving updatedAt', () => {
    const store = storeOn(new MemoryStorage());
    const added = value(store.add(input('p-1-1')));
    const updated = value(store.update(added.id, { proposal: 'Nowa treść', justification: '' }));
    expect(updated).toEqual({ ...added, proposal: 'Nowa treść', justification: '', updatedAt: '2025-03-01T09:01:00.000Z' });
    expect(value(store.list())).toEqual([updated]);
  });

  test('updating a remark that is gone (removed in another tab) says so', () => {
    const store = storeOn(new MemoryStorage());
    const result = store.update('nie-ma', { proposal: 'x', justification: '' });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'missing' } });
    if (!result.ok) expect(result.problem.message).toContain('innej karcie');
  });

  test('removes one remark; removing the last one clears the key; removing an unknown id is harmless', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const first = value(store.add(input('p-1-1')));
    const second = value(store.add(input('p-1-2')));
    expect(store.remove(first.id)).toEqual({ ok: true, value: undefined });
    expect(value(store.list())).toEqual([second]);
    expect(store.remove('nie-ma').ok).toBe(true);
    expect(store.remove(second.id).ok).toBe(true);
    expect(storage.getItem(KEY)).toBeNull();
  });

  test('refuses a remark with neither a proposal nor a justification, and writes nothing', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const result = store.add(input('p-1-1', ' \n\t', ''));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(storage.length).toBe(0);
    expect(store.add(input('p-1-1', '', 'Samo uzasadnienie')).ok).toBe(true);
    const [remark] = value(store.list());
    expect(store.update(remark!.id, { proposal: '', justification: ' ' })).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
  });

  test('stores awkward text exactly as typed, and reads it back unchanged', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    // A whitespace-only proposal is kept as typed when the justification is not blank.
    const typed = AWKWARD.map((text) => [text, text, text.trim() === '' ? 'Uzasadnienie.' : text]);
    for (const [currentText, proposal, justification] of typed)
      expect(store.add({ ...input('p-1-1'), currentText: currentText!, proposal: proposal!, justification: justification! }).ok).toBe(true);
    const listed = value(storeOn(storage).list());
    expect(listed.map((remark) => [remark.currentText, remark.proposal, remark.justification])).toEqual(typed);
  });

  test('a new id is drawn again when it is already taken', () => {
    const ids = ['a', 'a', 'b'];
    const store = new RemarkStore({ storage: new MemoryStorage(), documentId: 'poradnik', version: 2, newId: () => ids.shift() ?? 'c' });
    expect(value(store.add(input('p-1-1'))).id).toBe('a');
    expect(value(store.add(input('p-1-1'))).id).toBe('b');
  });

  test('without an injected id source, ids are distinct', () => {
    const store = new RemarkStore({ storage: new MemoryStorage(), documentId: 'poradnik', version: 2 });
    const ids = Array.from({ length: 20 }, () => value(store.add(input('p-1-1'))).id);
    expect(new Set(ids).size).toBe(20);
  });

  test('keeps fields it does not know (written by a later version of the site) when rewriting the list', () => {
    const storage = new MemoryStorage();
    const store = storeOn(storage);
    const added = value(store.add(input('p-1-1')));
    storage.setItem(KEY, JSON.stringify([{ ...added, priorytet: 'wysoki' }]));
    store.add(input('p-1-2'));
    store.update(added.id, { proposal: 'Zmienione', justification: '' });
    const raw = JSON.parse(storage.getItem(KEY)!) as Record<string, unknown>[];
    expect(raw[0]).toMatchObject({ id: added.id, priorytet: 'wysoki', proposal: 'Zmienione' });
    expect(value(store.list())[0]).not.toHaveProperty('priorytet');
  });

  test('versions and documents do not see each other’s remarks', () => {
    const storage = new MemoryStorage();
    storeOn(storage).add(input('p-1-1'));
    expect(value(storeOn(storage, { version: 3 }).list())).toEqual([]);
    expect(value(storeOn(storage, { documentId: 'inny' }).list())).toEqual([]);
  });

  test('a document id with a colon cannot be mistaken for another document’s version', () => {
    const storage = new MemoryStorage();
    storeOn(storage, { documentId: 'a:1' }).add(input('p-1-1'));
    expect([...storage.items.keys()]).toEqual(['kb-uwagi:v1:a%3A1:2']);
    expect(value(storeOn(storage, { documentId: 'a', version: 1 }).otherVersions())).toEqual([]);
    expect(RemarkStore.remarksKey('poradnik', 2)).toBe(KEY);
    expect(RemarkStore.draftKey('poradnik', 2)).toBe(DRAFT_KEY);
  });
});

describe('RemarkStore: submitter kind', () => {
  test('is not chosen until saved, then shared by every document; unknown text counts as not chosen', () => {
    const storage = new MemoryStorage();
    expect(value(storeOn(storage).submitterKind())).toBeNull();
    expect(storeOn(storage).setSubmitterKind('osoba-prywatna').ok).toBe(true);
    expect(value(storeOn(storage, { documentId: 'inny', version: 7 }).submitterKind())).toBe('osoba-prywatna');
    storage.setItem('kb-uwagi:v1:rodzaj-podmiotu', 'ktoś');
    expect(value(storeOn(storage).submitterKind())).toBeNull();
  });
});

describe('RemarkStore: submitter', () => {
  test('is null until given, then one value shared by every document and version, stored as plain text', () => {
    const storage = new MemoryStorage();
    expect(value(storeOn(storage).submitter())).toBeNull();
    expect(storeOn(storage).setSubmitter(' Gmina Testowa; OPS "Nadzieja" ').ok).toBe(true);
    expect(storage.getItem(SUBMITTER_KEY)).toBe(' Gmina Testowa; OPS "Nadzieja" ');
    expect(SUBMITTER_KEY).toBe('kb-uwagi:v1:podmiot');
    expect(value(storeOn(storage, { documentId: 'inny', version: 7 }).submitter())).toBe(' Gmina Testowa; OPS "Nadzieja" ');
  });

  test('any text already under the key is the submitter (it cannot be corrupt)', () => {
    const storage = new MemoryStorage();
    storage.setItem(SUBMITTER_KEY, '{nie JSON');
    expect(value(storeOn(storage).submitter())).toBe('{nie JSON');
  });
});

describe('RemarkStore: draft', () => {
  test('keeps the form being typed per version, over a reload, until cleared', () => {
    const storage = new MemoryStorage();
    const saved = value(storeOn(storage).saveDraft({ paragraphId: 'p-2-1', proposal: 'Niedokończona\nmyśl', justification: '' }));
    expect(saved).toEqual({ paragraphId: 'p-2-1', proposal: 'Niedokończona\nmyśl', justification: '', updatedAt: '2025-03-01T09:00:00.000Z' });
    expect(JSON.parse(storage.getItem(DRAFT_KEY)!)).toEqual(saved);
    expect(value(storeOn(storage).draft())).toEqual(saved);
    expect(value(storeOn(storage, { version: 3 }).draft())).toBeNull();
    expect(storeOn(storage).clearDraft().ok).toBe(true);
    expect(value(storeOn(storage).draft())).toBeNull();
    expect(storeOn(storage).clearDraft().ok).toBe(true);
  });

  test('a draft is not counted as remarks, here or for other versions', () => {
    const storage = new MemoryStorage();
    storeOn(storage, { version: 1 }).saveDraft({ paragraphId: 'p-1-1', proposal: 'x', justification: '' });
    expect(value(storeOn(storage).otherVersions())).toEqual([]);
    expect(value(storeOn(storage, { version: 1 }).list())).toEqual([]);
  });

  test('stores awkward text exactly', () => {
    const storage = new MemoryStorage();
    for (const text of AWKWARD) {
      storeOn(storage).saveDraft({ paragraphId: 'p-1-1', proposal: text, justification: text });
      expect(value(storeOn(storage).draft())).toMatchObject({ proposal: text, justification: text });
    }
  });
});

describe('RemarkStore: other versions', () => {
  test('counts the remarks kept for other versions of the same document only, oldest version first', () => {
    const storage = new MemoryStorage();
    storeOn(storage, { version: 3 }).add(input('p-1-1'));
    storeOn(storage, { version: 1 }).add(input('p-1-1'));
    storeOn(storage, { version: 1 }).add(input('p-1-2'));
    storeOn(storage).add(input('p-1-1'));
    storeOn(storage, { documentId: 'poradnik-2', version: 4 }).add(input('p-1-1'));
    storeOn(storage, { version: 5 }).saveDraft({ paragraphId: 'p-1-1', proposal: 'x', justification: '' });
    storage.setItem('kb-uwagi:v1:poradnik:6:kopia-2025-01-01T00:00:00.000Z', '[]');
    storage.setItem('inna-aplikacja', 'cokolwiek');
    expect(value(storeOn(storage).otherVersions())).toEqual([
      { version: 1, count: 2 },
      { version: 3, count: 1 },
    ]);
  });

  test('leaves out versions whose remarks were all removed or cannot be read', () => {
    const storage = new MemoryStorage();
    const old = storeOn(storage, { version: 1 });
    const remark = value(old.add(input('p-1-1')));
    old.remove(remark.id);
    storage.setItem('kb-uwagi:v1:poradnik:4', 'zepsute');
    expect(value(storeOn(storage).otherVersions())).toEqual([]);
  });
});

describe('RemarkStore: storage problems', () => {
  test('no storage at all: every operation reports it as unavailable, in words for the reader', () => {
    const store = storeOn(null);
    for (const result of [
      store.list(),
      store.add(input('p-1-1')),
      store.update('x', { proposal: 'a', justification: '' }),
      store.remove('x'),
      store.submitter(),
      store.setSubmitter('Gmina'),
      store.draft(),
      store.saveDraft({ paragraphId: 'p-1-1', proposal: 'a', justification: '' }),
      store.clearDraft(),
      store.otherVersions(),
      store.preserveCorrupt(),
    ]) {
      expect(result).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    }
    const added = store.add(input('p-1-1'));
    expect(added.ok ? '' : added.problem.message).toBe(
      'Nie udało się zapisać uwagi: przeglądarka nie pozwala tej stronie przechowywać danych (na przykład w oknie prywatnym albo przy zablokowanych plikach cookie i danych witryn). Twoja uwaga nie zginęła — jest nadal w formularzu; wyeksportuj uwagi do pliku CSV albo skopiuj tekst.',
    );
  });

  test('a blocked storage (SecurityError on every access) is unavailable, and nothing throws', () => {
    const store = storeOn(new BlockedStorage());
    expect(store.list()).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(store.add(input('p-1-1'))).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(store.setSubmitter('Gmina')).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(store.otherVersions()).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    expect(store.clearDraft()).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
  });

  test('a full storage: the remark is not saved, the message says so and that the text is still in the form', () => {
    const storage = new RefusingStorage(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    storage.items.set(KEY, '[]');
    const store = storeOn(storage);
    const result = store.add(input('p-1-1'));
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'full',
        message:
          'Nie udało się zapisać uwagi: pamięć przeglądarki na tę stronę jest pełna. Twoja uwaga nie zginęła — jest nadal w formularzu; wyeksportuj uwagi do pliku CSV albo skopiuj tekst.',
      },
    });
    expect(storage.getItem(KEY)).toBe('[]');
    expect(store.setSubmitter('Gmina')).toMatchObject({ ok: false, problem: { kind: 'full', message: expect.stringContaining('podmiotu zgłaszającego') } });
    expect(store.saveDraft({ paragraphId: 'p-1-1', proposal: 'a', justification: '' })).toMatchObject({
      ok: false,
      problem: { kind: 'full', message: expect.stringContaining('szkicu') },
    });
  });

  test('any other error on writing is unavailable, not full', () => {
    const store = storeOn(new RefusingStorage(() => new DOMException('The operation is insecure.', 'SecurityError')));
    expect(store.add(input('p-1-1'))).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
  });

  test('a quota error under a legacy name in a write is reported as full', () => {
    const store = storeOn(new RefusingStorage(() => ({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })));
    expect(store.add(input('p-1-1'))).toMatchObject({ ok: false, problem: { kind: 'full' } });
  });
});

describe('RemarkStore: unreadable data is never overwritten', () => {
  test.each([
    ['not JSON', '[{"id": "uwaga-1", "proposal": "ucięte'],
    ['empty text', ''],
    ['an object instead of a list', '{"id":"uwaga-1"}'],
    ['a list with a number', '[1]'],
    [
      'a remark without a field',
      JSON.stringify([{ id: 'a', paragraphId: 'p-1-1', paragraphLabel: '§ 1 ust. 1', currentText: '', proposal: 'x', createdAt: '', updatedAt: '' }]),
    ],
    [
      'a field of the wrong type',
      JSON.stringify([{ id: 1, paragraphId: 'p-1-1', paragraphLabel: '', currentText: '', proposal: '', justification: '', createdAt: '', updatedAt: '' }]),
    ],
    ['null', 'null'],
  ])('remarks stored as %s: reading reports them as corrupt and writing leaves them alone', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, raw);
    const store = storeOn(storage);
    const listed = store.list();
    expect(listed).toMatchObject({ ok: false, problem: { kind: 'corrupt', key: KEY } });
    expect(listed.ok ? '' : listed.problem.message).toContain('Niczego nie usunięto ani nie nadpisano');
    const added = store.add(input('p-1-1'));
    expect(added).toMatchObject({ ok: false, problem: { kind: 'corrupt', key: KEY } });
    expect(added.ok ? '' : added.problem.message).toMatch(/^Nie udało się zapisać uwagi: .*Tekst jest nadal w formularzu/);
    expect(store.update('uwaga-1', { proposal: 'x', justification: '' })).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(store.remove('uwaga-1')).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(storage.getItem(KEY)).toBe(raw);
  });

  test('an unreadable draft is reported, and neither overwritten nor cleared', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, '{"paragraphId":"p-1-1","proposal":');
    const store = storeOn(storage);
    expect(store.draft()).toMatchObject({ ok: false, problem: { kind: 'corrupt', key: DRAFT_KEY } });
    expect(store.saveDraft({ paragraphId: 'p-1-1', proposal: 'nowe', justification: '' })).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(store.clearDraft()).toMatchObject({ ok: false, problem: { kind: 'corrupt' } });
    expect(storage.getItem(DRAFT_KEY)).toBe('{"paragraphId":"p-1-1","proposal":');
    expect(value(store.list())).toEqual([]);
  });

  test('preserveCorrupt moves the raw text to a backup key, after which saving works again', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, 'zepsute; "ale" moje');
    storage.setItem(DRAFT_KEY, '[]');
    const store = storeOn(storage);
    const backups = value(store.preserveCorrupt());
    expect(backups).toEqual([`${KEY}:kopia-2025-03-01T09:00:00.000Z`, `${DRAFT_KEY}:kopia-2025-03-01T09:01:00.000Z`]);
    expect(storage.getItem(backups[0]!)).toBe('zepsute; "ale" moje');
    expect(storage.getItem(backups[1]!)).toBe('[]');
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    expect(store.add(input('p-1-1')).ok).toBe(true);
    expect(value(store.list())).toHaveLength(1);
    expect(value(store.otherVersions())).toEqual([]);
  });

  test('preserveCorrupt leaves readable data alone and never reuses a backup key', () => {
    const storage = new MemoryStorage();
    const store = new RemarkStore({ storage, documentId: 'poradnik', version: 2, now: () => new Date(Date.UTC(2025, 0, 1)) });
    store.add(input('p-1-1'));
    expect(value(store.preserveCorrupt())).toEqual([]);
    expect(value(store.list())).toHaveLength(1);
    storage.setItem(KEY, 'pierwsze');
    storage.setItem(`${KEY}:kopia-2025-01-01T00:00:00.000Z`, 'starsza kopia');
    expect(value(store.preserveCorrupt())).toEqual([`${KEY}:kopia-2025-01-01T00:00:00.000Z-2`]);
    expect(storage.getItem(`${KEY}:kopia-2025-01-01T00:00:00.000Z`)).toBe('starsza kopia');
    expect(storage.getItem(`${KEY}:kopia-2025-01-01T00:00:00.000Z-2`)).toBe('pierwsze');
  });

  test('when the backup cannot be written, the unreadable data stays where it was', () => {
    const storage = new RefusingStorage(() => new DOMException('full', 'QuotaExceededError'));
    storage.items.set(KEY, 'zepsute');
    expect(storeOn(storage).preserveCorrupt()).toMatchObject({ ok: false, problem: { kind: 'full' } });
    expect(storage.getItem(KEY)).toBe('zepsute');
    expect([...storage.items.keys()]).toEqual([KEY]);
  });
});
