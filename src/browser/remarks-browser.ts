/**
 * What the remarks panel needs from the browser: its storage (handed to the pure RemarkStore),
 * saving the remarks form as a file, and printing the remarks table alone.
 */
import type { StorageLike } from '../lib/consultation/guarded-storage.ts';
import { downloadFile } from './office-files.ts';

/** The browser's storage, or null where reading it throws (storage disabled, blocked cookies). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Saves `text` as a CSV file under `fileName`, as a download the reader keeps. */
export function downloadCsv(text: string, fileName: string): void {
  downloadFile(text, fileName, 'text/csv;charset=utf-8');
}

/**
 * Prints only one table (styles key on `data-print`: `uwagi` for the participant's remarks,
 * `zestawienie` for the organiser's), then the page prints whole again.
 */
export function printRemarksTable(part: 'uwagi' | 'zestawienie' = 'uwagi'): void {
  document.documentElement.dataset.print = part;
  const reset = () => {
    delete document.documentElement.dataset.print;
    window.removeEventListener('afterprint', reset);
  };
  window.addEventListener('afterprint', reset);
  window.print();
}
