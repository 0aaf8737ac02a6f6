/**
 * What the remarks panel shows when it opens: this version's remarks, how many the reader kept for
 * other versions, the submitter, and the problem to tell the reader about, if reading failed.
 */
import type { SubmitterKind } from '../vocabulary.ts';
import type { Remark } from './remark.ts';
import type { RemarkStore } from './remarks-store.ts';
import type { StorageProblem } from './store-problems.ts';

export interface SavedRemarks {
  remarks: Remark[];
  otherVersions: { version: number; count: number }[];
  /** '' until the reader gives it. */
  submitter: string;
  /** null until the reader chooses it. */
  submitterKind: SubmitterKind | null;
  /** Why the remarks, or else the submitter, could not be read; null when everything was read. */
  problem: StorageProblem | null;
}

/** Reads everything at once; what cannot be read is left empty and its problem reported. */
export function readSavedRemarks(store: RemarkStore): SavedRemarks {
  const submitter = store.submitter();
  const submitterKind = store.submitterKind();
  const otherVersions = store.otherVersions();
  const listed = store.list();
  return {
    remarks: listed.ok ? listed.value : [],
    otherVersions: otherVersions.ok ? otherVersions.value : [],
    submitter: submitter.ok ? (submitter.value ?? '') : '',
    submitterKind: submitterKind.ok ? submitterKind.value : null,
    problem: !listed.ok ? listed.problem : !submitter.ok ? submitter.problem : null,
  };
}
