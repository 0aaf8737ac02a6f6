/**
 * The browser's storage (localStorage, handed in by the island) behind calls that never throw:
 * a storage that is missing, blocked or full comes back as a `Failure` worded for what the reader
 * was doing (`StoreAction`).
 */
import { storageFailure, isQuotaError, type Result, type StoreAction } from './store-problems.ts';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export class GuardedStorage {
  /** `storage` is null when the browser gave none (reading `window.localStorage` threw). */
  constructor(private readonly storage: StorageLike | null) {}

  get(key: string, action: StoreAction): Result<string | null> {
    if (!this.storage) return storageFailure('unavailable', action);
    try {
      return { ok: true, value: this.storage.getItem(key) };
    } catch {
      return storageFailure('unavailable', action);
    }
  }

  set(key: string, value: string, action: StoreAction): Result<void> {
    if (!this.storage) return storageFailure('unavailable', action);
    try {
      this.storage.setItem(key, value);
      return { ok: true, value: undefined };
    } catch (error) {
      return storageFailure(isQuotaError(error) ? 'full' : 'unavailable', action);
    }
  }

  remove(key: string, action: StoreAction): Result<void> {
    if (!this.storage) return storageFailure('unavailable', action);
    try {
      this.storage.removeItem(key);
      return { ok: true, value: undefined };
    } catch {
      return storageFailure('unavailable', action);
    }
  }

  /** Every key in the storage, in the storage's order. */
  keys(action: StoreAction): Result<string[]> {
    if (!this.storage) return storageFailure('unavailable', action);
    try {
      const keys: string[] = [];
      for (let index = 0; index < this.storage.length; index += 1) {
        const key = this.storage.key(index);
        if (key !== null) keys.push(key);
      }
      return { ok: true, value: keys };
    } catch {
      return storageFailure('unavailable', action);
    }
  }
}
