/** Storages for tests of the remarks store: one in memory, and one that refuses every write. */
import type { StorageLike } from '../guarded-storage.ts';

/** localStorage in memory, in insertion order like the browser's. */
export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A storage that reads fine but refuses every write with the given error. */
export class RefusingStorage extends MemoryStorage {
  constructor(private readonly error: () => unknown) {
    super();
  }
  override setItem(): void {
    throw this.error();
  }
}
