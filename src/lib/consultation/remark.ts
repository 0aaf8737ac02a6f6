/**
 * A reader's remark on one unit of a document in consultation, and the remark form as it is being
 * typed: their shapes, and how they are read back from the JSON a `RemarkStore` wrote. Text is
 * kept exactly as typed: no trimming, no escaping.
 */

export interface Remark {
  id: string;
  /** Anchor id of the unit, e.g. `p-2-3`. */
  paragraphId: string;
  /** Citation of the unit, e.g. „§ 2 ust. 3”. */
  paragraphLabel: string;
  /** The unit's wording in this version ("Dotychczasowy zapis"). */
  currentText: string;
  /** "Treść uwagi / proponowany zapis". */
  proposal: string;
  /** "Uzasadnienie". */
  justification: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

export type RemarkInput = Pick<Remark, 'paragraphId' | 'paragraphLabel' | 'currentText' | 'proposal' | 'justification'>;

export type RemarkChanges = Pick<Remark, 'proposal' | 'justification'>;

/** The remark form as the reader is typing it. */
export interface RemarkDraft {
  paragraphId: string;
  proposal: string;
  justification: string;
}

export interface SavedDraft extends RemarkDraft {
  /** ISO timestamp of the last save. */
  updatedAt: string;
}

/** A stored remark; fields written by a later version of this code are kept when the list is rewritten. */
export type StoredRemark = Remark & Record<string, unknown>;

const REMARK_FIELDS = ['id', 'paragraphId', 'paragraphLabel', 'currentText', 'proposal', 'justification', 'createdAt', 'updatedAt'] as const;
const DRAFT_FIELDS = ['paragraphId', 'proposal', 'justification', 'updatedAt'] as const;

function hasTextFields(value: unknown, fields: readonly string[]): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    fields.every((field) => typeof (value as Record<string, unknown>)[field] === 'string')
  );
}

/** The stored list of remarks, or undefined when it is not JSON or not the shape written here. */
export function parseRemarks(raw: string): StoredRemark[] | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed) || !parsed.every((item) => hasTextFields(item, REMARK_FIELDS))) return undefined;
    return parsed as StoredRemark[];
  } catch {
    return undefined;
  }
}

/** The stored draft, or undefined when it is not JSON or not the shape written here. */
export function parseDraft(raw: string): SavedDraft | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return hasTextFields(parsed, DRAFT_FIELDS) ? (parsed as unknown as SavedDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Just the fields of `Remark`, in a fresh object the caller may keep. */
export function plainRemark(remark: Remark): Remark {
  const { id, paragraphId, paragraphLabel, currentText, proposal, justification, createdAt, updatedAt } = remark;
  return { id, paragraphId, paragraphLabel, currentText, proposal, justification, createdAt, updatedAt };
}

/** Neither a proposal nor a justification: only whitespace counts as none. */
export function isBlankRemark(changes: RemarkChanges): boolean {
  return changes.proposal.trim() === '' && changes.justification.trim() === '';
}
