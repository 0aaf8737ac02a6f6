import { describe, expect, test } from 'vitest';
import { received } from './__fixtures__/consulted-version.ts';
import { addRemarks, answerFor, emptyReview, separateAnswer, setAnswer, shareAnswer, sharingWith, unansweredCount } from './review.ts';

describe('addRemarks', () => {
  test('merges forms into one list in document order', () => {
    const first = addRemarks(emptyReview(), [received('p-2-1'), received('p-1-1')]).review;
    const { review, added } = addRemarks(first, [received('p-1-2', { submitter: 'Powiat' })]);
    expect(added).toBe(1);
    expect(review.remarks.map((remark) => remark.paragraphId)).toEqual(['p-1-1', 'p-1-2', 'p-2-1']);
  });

  test('shows the same remark loaded twice once, also when a spreadsheet changed its line ends', () => {
    const once = addRemarks(emptyReview(), [received('p-1-1', { proposal: 'a\nb' })]).review;
    const { review, added, duplicates } = addRemarks(once, [
      received('p-1-1', { proposal: 'a\r\nb', file: 'kopia.csv' }),
      received('p-1-1', { proposal: 'a\nb' }),
    ]);
    expect([added, duplicates, review.remarks.length]).toEqual([0, 2, 1]);
    expect(review.remarks[0]?.file).toBe('a.csv');
  });

  test('keeps remarks of two submitters with the same words apart', () => {
    const { review } = addRemarks(emptyReview(), [received('p-1-1'), received('p-1-1', { submitter: 'Inna gmina' })]);
    expect(review.remarks).toHaveLength(2);
  });

  test('leaves the review it was given untouched', () => {
    const review = emptyReview();
    addRemarks(review, [received('p-1-1')]);
    expect(review.remarks).toEqual([]);
  });
});

describe('answers', () => {
  const base = addRemarks(emptyReview(), [received('p-1-1'), received('p-1-2'), received('p-2-1')]).review;
  const [a, b, c] = base.remarks.map((remark) => remark.key) as [string, string, string];

  test('each remark starts without an answer, and counts as unanswered until it has a position and a justification', () => {
    expect(answerFor(base, a)).toEqual({ position: null, justification: '' });
    const positioned = setAnswer(base, a, { position: 'uwzgledniona' });
    expect(unansweredCount(positioned)).toBe(3);
    expect(unansweredCount(setAnswer(positioned, a, { justification: 'Zmieniono zapis.' }))).toBe(2);
  });

  test('a shared answer is shown and changed for every remark sharing it', () => {
    let review = setAnswer(base, b, { position: 'nieuwzgledniona', justification: 'Poza zakresem.' });
    review = shareAnswer(review, [a, b, c]);
    // The answer already written (b's) is the one shared; nothing typed is lost.
    expect([a, b, c].map((key) => answerFor(review, key).justification)).toEqual(['Poza zakresem.', 'Poza zakresem.', 'Poza zakresem.']);
    review = setAnswer(review, c, { position: 'wyjasnienie' });
    expect(answerFor(review, a).position).toBe('wyjasnienie');
    expect(sharingWith(review, a).map((remark) => remark.key)).toEqual([b, c]);
  });

  test('a remark separated from a shared answer keeps a copy and changes alone', () => {
    let review = shareAnswer(setAnswer(base, a, { position: 'uwzgledniona', justification: 'Tak.' }), [a, b]);
    review = separateAnswer(review, a);
    review = setAnswer(review, a, { justification: 'Inaczej.' });
    expect(answerFor(review, a).justification).toBe('Inaczej.');
    expect(answerFor(review, b)).toEqual({ position: 'uwzgledniona', justification: 'Tak.' });
    expect(sharingWith(review, b)).toEqual([]);
  });

  test('sharing needs two remarks', () => {
    expect(shareAnswer(base, [a])).toBe(base);
  });
});
