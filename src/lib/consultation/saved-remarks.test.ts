import { describe, expect, test } from 'vitest';
import { MemoryStorage } from './__fixtures__/memory-storage.ts';
import { RemarkStore, SUBMITTER_KEY } from './remarks-store.ts';
import { readSavedRemarks } from './saved-remarks.ts';

const storeOn = (storage: MemoryStorage | null, version = 2) => new RemarkStore({ storage, documentId: 'poradnik', version });
const input = { paragraphId: 'p-1-1', paragraphLabel: '§ 1 ust. 1', currentText: 'Tekst.', proposal: 'Zmiana.', justification: '' };

describe('readSavedRemarks', () => {
  test('gives the remarks, the other versions and the submitter kept in the browser', () => {
    const storage = new MemoryStorage();
    storeOn(storage).add(input);
    storeOn(storage, 1).add(input);
    storage.setItem(SUBMITTER_KEY, 'Gmina Testowa');
    const saved = readSavedRemarks(storeOn(storage));
    expect(saved.remarks.map((remark) => remark.proposal)).toEqual(['Zmiana.']);
    expect(saved).toMatchObject({ otherVersions: [{ version: 1, count: 1 }], submitter: 'Gmina Testowa', problem: null });
  });

  test('nothing kept yet: no remarks, no submitter, no problem', () => {
    expect(readSavedRemarks(storeOn(new MemoryStorage()))).toEqual({ remarks: [], otherVersions: [], submitter: '', submitterKind: null, problem: null });
  });

  test('unreadable remarks are reported and listed as none', () => {
    const storage = new MemoryStorage();
    storage.setItem(RemarkStore.remarksKey('poradnik', 2), 'zepsute');
    storage.setItem(SUBMITTER_KEY, 'Gmina Testowa');
    expect(readSavedRemarks(storeOn(storage))).toMatchObject({ remarks: [], submitter: 'Gmina Testowa', problem: { kind: 'corrupt' } });
  });

  test('without storage the problem says so', () => {
    expect(readSavedRemarks(storeOn(null))).toMatchObject({ remarks: [], otherVersions: [], submitter: '', problem: { kind: 'unavailable' } });
  });
});
