import { describe, expect, test } from 'vitest';
import { draftsIncluded, isDraft, isPublished } from './publication.ts';

describe('publication of drafts', () => {
  test('only KB_DRAFTS=1 makes a preview build', () => {
    expect(draftsIncluded({ KB_DRAFTS: '1' })).toBe(true);
    for (const value of [undefined, '', '0', 'true', 'yes']) expect(draftsIncluded({ KB_DRAFTS: value })).toBe(false);
  });

  test('a draft is published only in a preview build', () => {
    expect(isDraft({ status: 'projekt' })).toBe(true);
    expect(isPublished({ status: 'projekt' }, false)).toBe(false);
    expect(isPublished({ status: 'projekt' }, true)).toBe(true);
    expect(isPublished({ status: 'konsultacje' }, false)).toBe(true);
    expect(isPublished({ term: 'OPS' }, false)).toBe(true);
  });
});
