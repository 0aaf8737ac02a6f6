/**
 * What the remarks panel needs from the browser: its storage (handed to the pure RemarkStore),
 * saving the remarks form as a file, and printing the remarks table alone.
 */
import type { StorageLike } from '../lib/consultation/guarded-storage.ts';

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
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Prints only the remarks table (styles/remarks.css keys on `data-print="uwagi"`), then the page prints whole again. */
export function printRemarksTable(): void {
  document.documentElement.dataset.print = 'uwagi';
  const reset = () => {
    delete document.documentElement.dataset.print;
    window.removeEventListener('afterprint', reset);
  };
  window.addEventListener('afterprint', reset);
  window.print();
}
