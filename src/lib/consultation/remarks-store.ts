/**
 * A reader's remarks on a document in consultation, kept in the browser's storage (localStorage):
 * the remarks per document and version, the submitter (given once, shared by all documents) and
 * the remark being typed (so a reload or a closed tab loses nothing).
 *
 * Nothing here throws. Every operation returns a `Result`, and a storage that is switched off,
 * full, or holds data this code cannot read is reported in Polish the reader can act on
 * (`store-problems.ts`).
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
 * - `kb-uwagi:v1:rodzaj-podmiotu`: `organizacja` or `osoba-prywatna`; anything else counts as not chosen;
 * - `<key>:kopia-<ISO time>`: the raw value of an unreadable key, kept by `preserveCorrupt()`.
 * `<document>` is the document id with `encodeURIComponent`, so an id can never contain `:`.
 */
import { submitterKinds, type SubmitterKind } from '../vocabulary.ts';
import { GuardedStorage, type StorageLike } from './guarded-storage.ts';
import {
  isBlankRemark,
  parseDraft,
  parseRemarks,
  plainRemark,
  type Remark,
  type RemarkChanges,
  type RemarkDraft,
  type RemarkInput,
  type SavedDraft,
  type StoredRemark,
} from './remark.ts';
import { inDocumentOrder } from './remark-order.ts';
import { BLANK_REMARK, corruptDataFailure, REMARK_GONE, storageFailure, type Result, type StoreAction } from './store-problems.ts';

export const STORAGE_PREFIX = 'kb-uwagi:v1:';
export const SUBMITTER_KEY = `${STORAGE_PREFIX}podmiot`;
export const SUBMITTER_KIND_KEY = `${STORAGE_PREFIX}rodzaj-podmiotu`;
const DRAFT_SUFFIX = ':szkic';
const BACKUP_INFIX = ':kopia-';

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
  private readonly storage: GuardedStorage;
  private readonly documentId: string;
  private readonly version: number;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: RemarkStoreOptions) {
    this.storage = new GuardedStorage(options.storage);
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

  /** The stored remarks as stored (unknown fields kept), or a problem; nothing stored is an empty list. */
  private readRemarks(action: StoreAction): Result<StoredRemark[]> {
    const raw = this.storage.get(this.remarksKey, action);
    if (!raw.ok) return raw;
    if (raw.value === null) return { ok: true, value: [] };
    const remarks = parseRemarks(raw.value);
    return remarks ? { ok: true, value: remarks } : corruptDataFailure(action, this.remarksKey, false);
  }

  private writeRemarks(remarks: StoredRemark[], action: StoreAction): Result<void> {
    return remarks.length === 0 ? this.storage.remove(this.remarksKey, action) : this.storage.set(this.remarksKey, JSON.stringify(remarks), action);
  }

  private readDraft(action: StoreAction): Result<SavedDraft | null> {
    const raw = this.storage.get(this.draftKey, action);
    if (!raw.ok) return raw;
    if (raw.value === null) return { ok: true, value: null };
    const draft = parseDraft(raw.value);
    return draft ? { ok: true, value: draft } : corruptDataFailure(action, this.draftKey, true);
  }

  /** This version's remarks in document order (§, ust., then oldest first). */
  list(): Result<Remark[]> {
    const stored = this.readRemarks('read');
    if (!stored.ok) return stored;
    return { ok: true, value: inDocumentOrder(stored.value.map(plainRemark)) };
  }

  /** Saves a new remark; refused when both the proposal and the justification are blank. */
  add(input: RemarkInput): Result<Remark> {
    if (isBlankRemark(input)) return BLANK_REMARK;
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
    return saved.ok ? { ok: true, value: plainRemark(remark) } : saved;
  }

  /** Replaces a remark's proposal and justification; `missing` when it is no longer stored. */
  update(id: string, changes: RemarkChanges): Result<Remark> {
    if (isBlankRemark(changes)) return BLANK_REMARK;
    const stored = this.readRemarks('save-remark');
    if (!stored.ok) return stored;
    const existing = stored.value.find((remark) => remark.id === id);
    if (!existing) return REMARK_GONE;
    const updated: StoredRemark = { ...existing, proposal: changes.proposal, justification: changes.justification, updatedAt: this.now().toISOString() };
    const saved = this.writeRemarks(
      stored.value.map((remark) => (remark === existing ? updated : remark)),
      'save-remark',
    );
    return saved.ok ? { ok: true, value: plainRemark(updated) } : saved;
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
    return this.storage.get(SUBMITTER_KEY, 'read');
  }

  setSubmitter(text: string): Result<void> {
    return this.storage.set(SUBMITTER_KEY, text, 'save-submitter');
  }

  /** Whether the submitter is an organisation or a private person, shared by all documents; null until chosen. */
  submitterKind(): Result<SubmitterKind | null> {
    const stored = this.storage.get(SUBMITTER_KIND_KEY, 'read');
    if (!stored.ok) return stored;
    return { ok: true, value: stored.value !== null && stored.value in submitterKinds ? (stored.value as SubmitterKind) : null };
  }

  setSubmitterKind(kind: SubmitterKind): Result<void> {
    return this.storage.set(SUBMITTER_KIND_KEY, kind, 'save-submitter');
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
    const written = this.storage.set(this.draftKey, JSON.stringify(saved), 'save-draft');
    return written.ok ? { ok: true, value: saved } : written;
  }

  /** Forgets the draft (after its remark was saved); an unreadable draft is kept and reported. */
  clearDraft(): Result<void> {
    const existing = this.readDraft('clear-draft');
    if (!existing.ok) return existing;
    if (existing.value === null) return { ok: true, value: undefined };
    return this.storage.remove(this.draftKey, 'clear-draft');
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
      const raw = this.storage.get(key, 'preserve');
      if (!raw.ok) return raw;
      if (raw.value === null || parse(raw.value) !== undefined) continue;
      const backup = this.freeBackupKey(key);
      if (!backup.ok) return backup;
      const copied = this.storage.set(backup.value, raw.value, 'preserve');
      if (!copied.ok) return copied;
      const check = this.storage.get(backup.value, 'preserve');
      if (!check.ok) return check;
      if (check.value !== raw.value) return storageFailure('unavailable', 'preserve');
      const removed = this.storage.remove(key, 'preserve');
      if (!removed.ok) return removed;
      backups.push(backup.value);
    }
    return { ok: true, value: backups };
  }

  private freeBackupKey(key: string): Result<string> {
    const base = `${key}${BACKUP_INFIX}${this.now().toISOString()}`;
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`;
      const existing = this.storage.get(candidate, 'preserve');
      if (!existing.ok) return existing;
      if (existing.value === null) return { ok: true, value: candidate };
    }
  }

  /**
   * Remarks this reader kept for other versions of the same document, oldest version first. A
   * version whose stored remarks cannot be read is left out here (and reported on its own page).
   */
  otherVersions(): Result<{ version: number; count: number }[]> {
    const keys = this.storage.keys('read');
    if (!keys.ok) return keys;
    const prefix = `${STORAGE_PREFIX}${encodeURIComponent(this.documentId)}:`;
    const found: { version: number; count: number }[] = [];
    for (const key of keys.value) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      if (!/^[1-9]\d*$/.test(rest)) continue;
      const version = Number(rest);
      if (version === this.version) continue;
      const raw = this.storage.get(key, 'read');
      if (!raw.ok) return raw;
      const remarks = raw.value === null ? undefined : parseRemarks(raw.value);
      if (remarks && remarks.length > 0) found.push({ version, count: remarks.length });
    }
    return { ok: true, value: found.sort((a, b) => a.version - b.version) };
  }
}
