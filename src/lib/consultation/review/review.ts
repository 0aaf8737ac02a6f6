/**
 * The organiser's zestawienie uwag as data: every remark received for one version (each once),
 * and the organiser's answers. Several remarks may share one answer: each remark points to an
 * answer, and remarks pointing to the same one show and change it together. Every function
 * returns a new review and leaves the one given untouched.
 */
import type { RemarkPosition } from '../../vocabulary.ts';
import { inDocumentOrder } from '../remark-order.ts';
import type { ReceivedRemark } from './received-form.ts';

export interface Answer {
  position: RemarkPosition | null;
  justification: string;
}

export interface Review {
  /** In document order (§, ust.), then in the order they were loaded. */
  remarks: ReceivedRemark[];
  /** Answers by their id; an answer's id is the key of the remark it was first given to. */
  answers: Record<string, Answer>;
  /** The answer of each remark, by remark key; a remark without one has its own, empty. */
  answerOf: Record<string, string>;
}

const NO_ANSWER: Answer = { position: null, justification: '' };

export function emptyReview(): Review {
  return { remarks: [], answers: {}, answerOf: {} };
}

/** Adds the remarks not yet in the review; `duplicates` counts those it already had. */
export function addRemarks(review: Review, incoming: readonly ReceivedRemark[]): { review: Review; added: number; duplicates: number } {
  const seen = new Set(review.remarks.map((remark) => remark.key));
  const fresh: ReceivedRemark[] = [];
  for (const remark of incoming) {
    if (seen.has(remark.key)) continue;
    seen.add(remark.key);
    fresh.push(remark);
  }
  return {
    review: { ...review, remarks: inDocumentOrder([...review.remarks, ...fresh]) },
    added: fresh.length,
    duplicates: incoming.length - fresh.length,
  };
}

function answerId(review: Review, key: string): string {
  return review.answerOf[key] ?? key;
}

export function answerFor(review: Review, key: string): Answer {
  return review.answers[answerId(review, key)] ?? NO_ANSWER;
}

/** Changes the answer of `key`, and so of every remark sharing it. */
export function setAnswer(review: Review, key: string, changes: Partial<Answer>): Review {
  const id = answerId(review, key);
  return { ...review, answers: { ...review.answers, [id]: { ...answerFor(review, key), ...changes } } };
}

/** The other remarks sharing the answer of `key`, in the review's order. */
export function sharingWith(review: Review, key: string): ReceivedRemark[] {
  const id = answerId(review, key);
  return review.remarks.filter((remark) => remark.key !== key && answerId(review, remark.key) === id);
}

/**
 * One answer for all of `keys`: the first of them (in the review's order) that has an answer
 * gives it, so nothing the organiser wrote is lost unless it is replaced on purpose.
 */
export function shareAnswer(review: Review, keys: readonly string[]): Review {
  const chosen = review.remarks.filter((remark) => keys.includes(remark.key));
  if (chosen.length < 2) return review;
  const giver = chosen.find((remark) => isAnswered(answerFor(review, remark.key)) || answerFor(review, remark.key).justification !== '') ?? chosen[0]!;
  const id = answerId(review, giver.key);
  const answerOf = { ...review.answerOf };
  for (const remark of chosen) answerOf[remark.key] = id;
  return { ...review, answers: { ...review.answers, [id]: answerFor(review, giver.key) }, answerOf };
}

/** `key` gets its own answer again, starting as a copy of the shared one. */
export function separateAnswer(review: Review, key: string): Review {
  const copy = answerFor(review, key);
  const answerOf = { ...review.answerOf, [key]: key };
  const others = sharingWith(review, key);
  // When `key` held the shared answer under its own id, the others keep a copy under another id.
  if (answerId(review, key) === key && others.length > 0) {
    const newId = others[0]!.key;
    for (const other of others) answerOf[other.key] = newId;
    return { ...review, answers: { ...review.answers, [newId]: copy, [key]: copy }, answerOf };
  }
  return { ...review, answers: { ...review.answers, [key]: copy }, answerOf };
}

/** A position and a justification: what the published report requires of every remark. */
export function isAnswered(answer: Answer): boolean {
  return answer.position !== null && answer.justification.trim() !== '';
}

export function unansweredCount(review: Review): number {
  return review.remarks.filter((remark) => !isAnswered(answerFor(review, remark.key))).length;
}
