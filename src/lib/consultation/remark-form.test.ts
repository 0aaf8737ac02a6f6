import { describe, expect, test } from 'vitest';
import { remarkCount, validateRemarkForm } from './remark-form.ts';

describe('validateRemarkForm', () => {
  test('needs who submits, as an organisation or a private person, and what the remark says', () => {
    expect(validateRemarkForm({ submitter: ' ', submitterKind: null, proposal: '\n' }).map((error) => error.field)).toEqual([
      'submitter',
      'submitterKind',
      'proposal',
    ]);
    expect(validateRemarkForm({ submitter: 'Gmina X', submitterKind: 'organizacja', proposal: 'Skreślić.' })).toEqual([]);
  });
});

describe('remarkCount', () => {
  test('Polish forms after „Masz”', () => {
    expect([1, 2, 5, 12, 22, 25].map(remarkCount)).toEqual(['1 uwagę', '2 uwagi', '5 uwag', '12 uwag', '22 uwagi', '25 uwag']);
  });
});
