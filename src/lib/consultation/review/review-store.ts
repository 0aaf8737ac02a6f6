/**
 * The organiser's review kept in the browser's storage, one key per document version:
 * `kb-zestawienie:v1:<document>:<version>`, JSON of a `Review`. Data under that key that is not
 * a review is never lost: it is moved to `<key>:kopia-<ISO time>` and the review starts empty,
 * and the caller tells the organiser where the copy is.
 */
import { GuardedStorage, type StorageLike } from '../guarded-storage.ts';
import type { Result } from '../store-problems.ts';
import { emptyReview, type Review } from './review.ts';

export const REVIEW_PREFIX = 'kb-zestawienie:v1:';

export function reviewKey(documentId: string, version: number): string {
  return `${REVIEW_PREFIX}${documentId}:${version}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored review, or undefined when the text is not one. */
export function parseReview(raw: string): Review | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed) || !Array.isArray(parsed.remarks) || !isRecord(parsed.answers) || !isRecord(parsed.answerOf)) return undefined;
    if (!parsed.remarks.every((remark) => isRecord(remark) && typeof remark.key === 'string' && typeof remark.paragraphId === 'string')) return undefined;
    return parsed as unknown as Review;
  } catch {
    return undefined;
  }
}

export class ReviewStore {
  private readonly storage: GuardedStorage;
  private readonly key: string;

  constructor(storage: StorageLike | null, documentId: string, version: number) {
    this.storage = new GuardedStorage(storage);
    this.key = reviewKey(documentId, version);
  }

  /** The saved review; `preservedAs` names the backup key when unreadable data had to be moved aside. */
  load(now: Date): Result<{ review: Review; preservedAs?: string }> {
    const raw = this.storage.get(this.key, 'read-review');
    if (!raw.ok) return raw;
    if (raw.value === null) return { ok: true, value: { review: emptyReview() } };
    const review = parseReview(raw.value);
    if (review) return { ok: true, value: { review } };
    const backup = `${this.key}:kopia-${now.toISOString()}`;
    const copied = this.storage.set(backup, raw.value, 'read-review');
    if (!copied.ok) return copied;
    const removed = this.storage.remove(this.key, 'read-review');
    if (!removed.ok) return removed;
    return { ok: true, value: { review: emptyReview(), preservedAs: backup } };
  }

  save(review: Review): Result<void> {
    return this.storage.set(this.key, JSON.stringify(review), 'save-review');
  }
}
