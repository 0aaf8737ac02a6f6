import { describe, expect, test } from 'vitest';
import { received } from './__fixtures__/consulted-version.ts';
import { addRemarks, emptyReview } from './review.ts';
import { paragraphOptions, submitterOptions, visibleGroups } from './review-view.ts';

const review = addRemarks(emptyReview(), [
  received('p-2-1', { submitter: 'Żabia Wola' }),
  received('p-1-1'),
  received('p-1-1', { submitter: 'Adamów' }),
  received('p-1-2', { submitter: '' }),
]).review;

describe('visibleGroups', () => {
  test('groups every remark by unit in document order, numbered over the whole zestawienie', () => {
    const groups = visibleGroups(review, { paragraph: '', submitter: '' });
    expect(groups.map((group) => [group.label, group.remarks.map((item) => item.number)])).toEqual([
      ['§ 1 ust. 1', [1, 2]],
      ['§ 1 ust. 2', [3]],
      ['§ 2 ust. 1', [4]],
    ]);
  });

  test('filters by unit and by submitter, keeping the numbers', () => {
    expect(
      visibleGroups(review, { paragraph: 'p-1-1', submitter: 'Adamów' }).map((group) => group.remarks.map((item) => [item.number, item.remark.submitter])),
    ).toEqual([[[2, 'Adamów']]]);
    expect(visibleGroups(review, { paragraph: 'p-2-1', submitter: 'Adamów' })).toEqual([]);
  });
});

describe('filter options', () => {
  test('units in document order and submitters alphabetically, each with its count', () => {
    expect(paragraphOptions(review)).toEqual([
      { value: 'p-1-1', label: '§ 1 ust. 1', count: 2 },
      { value: 'p-1-2', label: '§ 1 ust. 2', count: 1 },
      { value: 'p-2-1', label: '§ 2 ust. 1', count: 1 },
    ]);
    expect(submitterOptions(review).map((option) => `${option.label} ${option.count}`)).toEqual([
      '(nie podano) 1',
      'Adamów 1',
      'Gmina Testowa 1',
      'Żabia Wola 1',
    ]);
  });
});
