/**
 * A reader's remarks on a document in consultation, kept in the browser's storage (localStorage):
 * the remarks per document and version, the submitter (given once, shared by all documents) and
 * the remark being typed (so a reload or a closed tab loses nothing).
 *
 * Nothing here throws. Every operation returns a `Result`, and a storage that is switched off,
 * full, or holds data this code cannot read is reported in Polish the reader can act on.
 *
 * Nothing a reader typed may be lost, so data that cannot be read (not JSON, or not the shape
 * written here) is never overwritten or deleted: writes to that key are refused with a `corrupt`
 * problem until the caller asks `preserveCorrupt()` to move the raw text to a backup key. Text is
 * stored exactly as typed: no trimming, no escaping.
 *
 * Keys (the `v1` names the stored format; a new format takes a new prefix):
 * - `kb-uwagi:v1:<document>:<version>`: JSON array of `Remark`, in the order they were added;
 * - `kb-uwagi:v1:<document>:<version>:szkic`: JSON `SavedDraft`, the form being typed;
 * - `kb-uwagi:v1:podmiot`: the submitter as plain text, not JSON (any text is valid);
 * - `<key>:kopia-<ISO time>`: the raw value of an unreadable key, kept by `preserveCorrupt()`.
 * `<document>` is the document id with `encodeURIComponent`, so an id can never contain `:`.
 */
import { parseParagraphId } from './paragraphs.ts';

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

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Why an operation failed, with a message for the reader:
 * - `unavailable`: no storage, or the browser refused to read or write it (private mode, blocked
 *   site data, a SecurityError);
 * - `full`: the storage quota for the site is used up;
 * - `corrupt`: the key holds data that cannot be read; it is kept, and writes to it are refused
 *   until `preserveCorrupt()` has moved it aside (`key` names it);
 * - `invalid`: a remark with neither a proposal nor a justification (only whitespace counts as none);
 * - `missing`: `update()` of a remark that is no longer stored (removed in another tab).
 */
export interface StorageProblem {
  kind: 'unavailable' | 'full' | 'corrupt' | 'invalid' | 'missing';
  message: string;
  /** The storage key that holds unreadable data (for `corrupt`). */
  key?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

export type Failure = { ok: false; problem: StorageProblem };

export const STORAGE_PREFIX = 'kb-uwagi:v1:';
export const SUBMITTER_KEY = `${STORAGE_PREFIX}podmiot`;
const DRAFT_SUFFIX = ':szkic';
const BACKUP_INFIX = ':kopia-';

/** What the reader was doing when the storage failed; each has its own opening and advice. */
type Action = 'read' | 'save-remark' | 'remove-remark' | 'save-submitter' | 'save-draft' | 'clear-draft' | 'preserve';

const FAILED: Record<Action, string> = {
  read: 'Nie udało się odczytać uwag zapisanych w tej przeglądarce',
  'save-remark': 'Nie udało się zapisać uwagi',
  'remove-remark': 'Nie udało się usunąć uwagi',
  'save-submitter': 'Nie udało się zapisać podmiotu zgłaszającego',
  'save-draft': 'Nie udało się zapisać szkicu uwagi',
  'clear-draft': 'Nie udało się usunąć szkicu uwagi',
  preserve: 'Nie udało się zachować kopii uszkodzonych danych',
};

const WHAT_NOW: Record<Action, string> = {
  read: 'Uwagi możesz zgłosić w pustym formularzu uwag (plik CSV), który pobierzesz z tej strony.',
  'save-remark': 'Twoja uwaga nie zginęła — jest nadal w formularzu; wyeksportuj uwagi do pliku CSV albo skopiuj tekst.',
  'remove-remark': 'Uwaga jest nadal zapisana. Spróbuj jeszcze raz po odświeżeniu strony.',
  'save-submitter': 'Wpisz go jeszcze raz później albo uzupełnij kolumnę „Podmiot zgłaszający” w pobranym pliku CSV.',
  'save-draft': 'Tekst jest nadal w formularzu; zapisz uwagę albo skopiuj tekst, zanim zamkniesz stronę.',
  'clear-draft': 'Szkic pojawi się znowu przy następnym otwarciu formularza; możesz wtedy wyczyścić pola.',
  preserve: 'Uszkodzone dane zostały tam, gdzie były; niczego nie usunięto.',
};

const UNAVAILABLE =
  'przeglądarka nie pozwala tej stronie przechowywać danych (na przykład w oknie prywatnym albo przy zablokowanych plikach cookie i danych witryn).';
const FULL = 'pamięć przeglądarki na tę stronę jest pełna.';

function failure(kind: 'unavailable' | 'full', action: Action): Failure {
  return { ok: false, problem: { kind, message: `${FAILED[action]}: ${kind === 'full' ? FULL : UNAVAILABLE} ${WHAT_NOW[action]}` } };
}

function corrupt(action: Action, key: string, isDraft: boolean): Failure {
  const what = isDraft
    ? 'szkic uwagi zapisany w tej przeglądarce jest uszkodzony albo zapisała go inna wersja serwisu.'
    : 'uwagi do tej wersji dokumentu zapisane w tej przeglądarce są uszkodzone albo zapisała je inna wersja serwisu.';
  const kept = 'Niczego nie usunięto ani nie nadpisano.';
  const next =
    action === 'save-remark' || action === 'save-draft'
      ? 'Tekst jest nadal w formularzu. Aby zapisywać dalej, najpierw zachowaj kopię uszkodzonych danych, a potem zapisz ponownie.'
      : 'Aby zapisywać dalej, zachowaj kopię uszkodzonych danych: zostaną odłożone w pamięci przeglądarki, a lista uwag zacznie się od nowa.';
  return { ok: false, problem: { kind: 'corrupt', key, message: `${FAILED[action]}: ${what} ${kept} ${next}` } };
}

const INVALID: Failure = {
  ok: false,
  problem: { kind: 'invalid', message: 'Uwaga jest pusta: wpisz treść uwagi, proponowany zapis albo uzasadnienie.' },
};

const MISSING: Failure = {
  ok: false,
  problem: {
    kind: 'missing',
    message:
      'Nie udało się zapisać zmian: tej uwagi nie ma już w przeglądarce (mogła zostać usunięta w innej karcie). Tekst jest nadal w formularzu; skopiuj go i zgłoś uwagę jeszcze raz.',
  },
};

/** A full quota, under its standard name or the legacy codes (22; Firefox's 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

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

/** A stored remark; fields written by a later version of this code are kept when the list is rewritten. */
type StoredRemark = Remark & Record<string, unknown>;

function parseRemarks(raw: string): StoredRemark[] | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed) || !parsed.every((item) => hasTextFields(item, REMARK_FIELDS))) return undefined;
    return parsed as StoredRemark[];
  } catch {
    return undefined;
  }
}

function parseDraft(raw: string): SavedDraft | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return hasTextFields(parsed, DRAFT_FIELDS) ? (parsed as unknown as SavedDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** Just the fields of `Remark`, in a fresh object the caller may keep. */
function plain(remark: Remark): Remark {
  const { id, paragraphId, paragraphLabel, currentText, proposal, justification, createdAt, updatedAt } = remark;
  return { id, paragraphId, paragraphLabel, currentText, proposal, justification, createdAt, updatedAt };
}

function isBlank(changes: RemarkChanges): boolean {
  return changes.proposal.trim() === '' && changes.justification.trim() === '';
}

function randomId(): string {
  // randomUUID exists only in secure contexts (https, localhost); the fallback is unique enough for one reader.
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`;
}

export interface RemarkStoreOptions {
  /** The browser's localStorage, or null when the browser gave none (reading `window.localStorage` threw). */
  storage: StorageLike | null;
  documentId: string;
  version: number;
  now?: () => Date;
  newId?: () => string;
}

export class RemarkStore {
  private readonly storage: StorageLike | null;
  private readonly documentId: string;
  private readonly version: number;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: RemarkStoreOptions) {
    this.storage = options.storage;
    this.documentId = options.documentId;
    this.version = options.version;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
  }

  /** Storage key of one version's remarks. */
  static remarksKey(documentId: string, version: number): string {
    return `${STORAGE_PREFIX}${encodeURIComponent(documentId)}:${version}`;
  }

  /** Storage key of the remark being typed for one version. */
  static draftKey(documentId: string, version: number): string {
    return `${RemarkStore.remarksKey(documentId, version)}${DRAFT_SUFFIX}`;
  }

  private get remarksKey(): string {
    return RemarkStore.remarksKey(this.documentId, this.version);
  }

  private get draftKey(): string {
    return RemarkStore.draftKey(this.documentId, this.version);
  }

  private getItem(key: string, action: Action): Result<string | null> {
    if (!this.storage) return failure('unavailable', action);
    try {
      return { ok: true, value: this.storage.getItem(key) };
    } catch {
      return failure('unavailable', action);
    }
  }

  private setItem(key: string, value: string, action: Action): Result<void> {
    if (!this.storage) return failure('unavailable', action);
    try {
      this.storage.setItem(key, value);
      return { ok: true, value: undefined };
    } catch (error) {
      return failure(isQuotaError(error) ? 'full' : 'unavailable', action);
    }
  }

  private removeItem(key: string, action: Action): Result<void> {
    if (!this.storage) return failure('unavailable', action);
    try {
      this.storage.removeItem(key);
      return { ok: true, value: undefined };
    } catch {
      return failure('unavailable', action);
    }
  }

  /** The stored remarks as stored (unknown fields kept), or a problem; nothing stored is an empty list. */
  private readRemarks(action: Action): Result<StoredRemark[]> {
    const raw = this.getItem(this.remarksKey, action);
    if (!raw.ok) return raw;
    if (raw.value === null) return { ok: true, value: [] };
    const remarks = parseRemarks(raw.value);
    return remarks ? { ok: true, value: remarks } : corrupt(action, this.remarksKey, false);
  }

  private writeRemarks(remarks: StoredRemark[], action: Action): Result<void> {
    return remarks.length === 0 ? this.removeItem(this.remarksKey, action) : this.setItem(this.remarksKey, JSON.stringify(remarks), action);
  }

  private readDraft(action: Action): Result<SavedDraft | null> {
    const raw = this.getItem(this.draftKey, action);
    if (!raw.ok) return raw;
    if (raw.value === null) return { ok: true, value: null };
    const draft = parseDraft(raw.value);
    return draft ? { ok: true, value: draft } : corrupt(action, this.draftKey, true);
  }

  /** This version's remarks in document order (§, ust., then oldest first). */
  list(): Result<Remark[]> {
    const stored = this.readRemarks('read');
    if (!stored.ok) return stored;
    return { ok: true, value: inDocumentOrder(stored.value.map(plain)) };
  }

  /** Saves a new remark; refused when both the proposal and the justification are blank. */
  add(input: RemarkInput): Result<Remark> {
    if (isBlank(input)) return INVALID;
    const stored = this.readRemarks('save-remark');
    if (!stored.ok) return stored;
    const taken = new Set(stored.value.map((remark) => remark.id));
    let id = this.newId();
    for (let attempt = 0; taken.has(id) && attempt < 10; attempt += 1) id = this.newId();
    while (taken.has(id)) id = `${id}-${taken.size}`;
    const timestamp = this.now().toISOString();
    const remark: StoredRemark = {
      id,
      paragraphId: input.paragraphId,
      paragraphLabel: input.paragraphLabel,
      currentText: input.currentText,
      proposal: input.proposal,
      justification: input.justification,
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    const saved = this.writeRemarks([...stored.value, remark], 'save-remark');
    return saved.ok ? { ok: true, value: plain(remark) } : saved;
  }

  /** Replaces a remark's proposal and justification; `missing` when it is no longer stored. */
  update(id: string, changes: RemarkChanges): Result<Remark> {
    if (isBlank(changes)) return INVALID;
    const stored = this.readRemarks('save-remark');
    if (!stored.ok) return stored;
    const existing = stored.value.find((remark) => remark.id === id);
    if (!existing) return MISSING;
    const updated: StoredRemark = { ...existing, proposal: changes.proposal, justification: changes.justification, updatedAt: this.now().toISOString() };
    const saved = this.writeRemarks(
      stored.value.map((remark) => (remark === existing ? updated : remark)),
      'save-remark',
    );
    return saved.ok ? { ok: true, value: plain(updated) } : saved;
  }

  /** Removes a remark; removing one that is already gone succeeds. */
  remove(id: string): Result<void> {
    const stored = this.readRemarks('remove-remark');
    if (!stored.ok) return stored;
    const kept = stored.value.filter((remark) => remark.id !== id);
    if (kept.length === stored.value.length) return { ok: true, value: undefined };
    return this.writeRemarks(kept, 'remove-remark');
  }

  /** Who submits the remarks (name or organisation), shared by all documents; null until given. */
  submitter(): Result<string | null> {
    return this.getItem(SUBMITTER_KEY, 'read');
  }

  setSubmitter(text: string): Result<void> {
    return this.setItem(SUBMITTER_KEY, text, 'save-submitter');
  }

  /** The remark being typed for this version, or null. */
  draft(): Result<SavedDraft | null> {
    return this.readDraft('read');
  }

  /** Keeps the form as typed; refused (not overwritten) when the stored draft is unreadable. */
  saveDraft(draft: RemarkDraft): Result<SavedDraft> {
    const existing = this.readDraft('save-draft');
    if (!existing.ok) return existing;
    const saved: SavedDraft = {
      paragraphId: draft.paragraphId,
      proposal: draft.proposal,
      justification: draft.justification,
      updatedAt: this.now().toISOString(),
    };
    const written = this.setItem(this.draftKey, JSON.stringify(saved), 'save-draft');
    return written.ok ? { ok: true, value: saved } : written;
  }

  /** Forgets the draft (after its remark was saved); an unreadable draft is kept and reported. */
  clearDraft(): Result<void> {
    const existing = this.readDraft('clear-draft');
    if (!existing.ok) return existing;
    if (existing.value === null) return { ok: true, value: undefined };
    return this.removeItem(this.draftKey, 'clear-draft');
  }

  /**
   * Moves unreadable data of this version (remarks, draft) aside so that saving works again: the
   * raw text is copied to `<key>:kopia-<ISO time>`, read back to check the copy, and only then
   * removed from its key. Returns the backup keys (none when nothing was unreadable). On failure
   * the original stays where it was.
   */
  preserveCorrupt(): Result<string[]> {
    const backups: string[] = [];
    const targets: [string, (raw: string) => unknown][] = [
      [this.remarksKey, parseRemarks],
      [this.draftKey, parseDraft],
    ];
    for (const [key, parse] of targets) {
      const raw = this.getItem(key, 'preserve');
      if (!raw.ok) return raw;
      if (raw.value === null || parse(raw.value) !== undefined) continue;
      const backup = this.freeBackupKey(key);
      if (!backup.ok) return backup;
      const copied = this.setItem(backup.value, raw.value, 'preserve');
      if (!copied.ok) return copied;
      const check = this.getItem(backup.value, 'preserve');
      if (!check.ok) return check;
      if (check.value !== raw.value) return failure('unavailable', 'preserve');
      const removed = this.removeItem(key, 'preserve');
      if (!removed.ok) return removed;
      backups.push(backup.value);
    }
    return { ok: true, value: backups };
  }

  private freeBackupKey(key: string): Result<string> {
    const base = `${key}${BACKUP_INFIX}${this.now().toISOString()}`;
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`;
      const existing = this.getItem(candidate, 'preserve');
      if (!existing.ok) return existing;
      if (existing.value === null) return { ok: true, value: candidate };
    }
  }

  /**
   * Remarks this reader kept for other versions of the same document, oldest version first. A
   * version whose stored remarks cannot be read is left out here (and reported on its own page).
   */
  otherVersions(): Result<{ version: number; count: number }[]> {
    if (!this.storage) return failure('unavailable', 'read');
    const prefix = `${STORAGE_PREFIX}${encodeURIComponent(this.documentId)}:`;
    const found: { version: number; count: number }[] = [];
    try {
      for (let index = 0; index < this.storage.length; index += 1) {
        const key = this.storage.key(index);
        if (key === null || !key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        if (!/^[1-9]\d*$/.test(rest)) continue;
        const version = Number(rest);
        if (version === this.version) continue;
        const raw = this.storage.getItem(key);
        const remarks = raw === null ? undefined : parseRemarks(raw);
        if (remarks && remarks.length > 0) found.push({ version, count: remarks.length });
      }
    } catch {
      return failure('unavailable', 'read');
    }
    return { ok: true, value: found.sort((a, b) => a.version - b.version) };
  }
}

/** Where a unit stands in the document, from its id `p-<section>-<unit>`; unknown ids go last. */
function position(paragraphId: string): [number, number] {
  const parsed = parseParagraphId(paragraphId);
  return parsed ? [parsed.section, parsed.unit] : [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
}

/** Remarks in document order: by section, then unit, then oldest first. Returns a new array. */
export function inDocumentOrder<T extends Pick<Remark, 'paragraphId' | 'createdAt'>>(remarks: readonly T[]): T[] {
  return remarks
    .map((remark, index) => ({ remark, index, at: position(remark.paragraphId) }))
    .sort(
      (a, b) =>
        compareNumbers(a.at[0], b.at[0]) || compareNumbers(a.at[1], b.at[1]) || compareText(a.remark.createdAt, b.remark.createdAt) || a.index - b.index,
    )
    .map(({ remark }) => remark);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
