/**
 * Why an operation of a `RemarkStore` failed, in Polish the reader can act on: what did not
 * happen, why, and what to do now (above all, that nothing typed was lost).
 */

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

/** What the reader was doing when the storage failed; each has its own opening and advice. */
export type StoreAction =
  'read' | 'save-remark' | 'remove-remark' | 'save-submitter' | 'save-draft' | 'clear-draft' | 'preserve' | 'read-review' | 'save-review';

const FAILED: Record<StoreAction, string> = {
  read: 'Nie udało się odczytać uwag zapisanych w tej przeglądarce',
  'save-remark': 'Nie udało się zapisać uwagi',
  'remove-remark': 'Nie udało się usunąć uwagi',
  'save-submitter': 'Nie udało się zapisać podmiotu zgłaszającego',
  'save-draft': 'Nie udało się zapisać szkicu uwagi',
  'clear-draft': 'Nie udało się usunąć szkicu uwagi',
  preserve: 'Nie udało się zachować kopii uszkodzonych danych',
  'read-review': 'Nie udało się odczytać zestawienia zapisanego w tej przeglądarce',
  'save-review': 'Nie udało się zapisać zestawienia w tej przeglądarce',
};

const WHAT_NOW: Record<StoreAction, string> = {
  read: 'Uwagi możesz zgłosić w pustym formularzu uwag (plik CSV), który pobierzesz z tej strony.',
  'save-remark': 'Twoja uwaga nie zginęła — jest nadal w formularzu; wyeksportuj uwagi do pliku CSV albo skopiuj tekst.',
  'remove-remark': 'Uwaga jest nadal zapisana. Spróbuj jeszcze raz po odświeżeniu strony.',
  'save-submitter': 'Wpisz go jeszcze raz później albo uzupełnij kolumnę „Podmiot zgłaszający” w pobranym pliku CSV.',
  'save-draft': 'Tekst jest nadal w formularzu; zapisz uwagę albo skopiuj tekst, zanim zamkniesz stronę.',
  'clear-draft': 'Szkic pojawi się znowu przy następnym otwarciu formularza; możesz wtedy wyczyścić pola.',
  preserve: 'Uszkodzone dane zostały tam, gdzie były; niczego nie usunięto.',
  'read-review': 'Wczytaj formularze jeszcze raz; odpowiedzi wpisane wcześniej są w wyeksportowanych plikach zestawienia.',
  'save-review': 'To, co wpisano, jest nadal na ekranie, ale nie przetrwa odświeżenia strony: wyeksportuj zestawienie (CSV), zanim zamkniesz stronę.',
};

const UNAVAILABLE =
  'przeglądarka nie pozwala tej stronie przechowywać danych (na przykład w oknie prywatnym albo przy zablokowanych plikach cookie i danych witryn).';
const FULL = 'pamięć przeglądarki na tę stronę jest pełna.';

/** The storage could not be used at all (`unavailable`) or has no room left (`full`). */
export function storageFailure(kind: 'unavailable' | 'full', action: StoreAction): Failure {
  return { ok: false, problem: { kind, message: `${FAILED[action]}: ${kind === 'full' ? FULL : UNAVAILABLE} ${WHAT_NOW[action]}` } };
}

/** `key` holds remarks (or, with `isDraft`, a draft) that cannot be read; they are kept. */
export function corruptDataFailure(action: StoreAction, key: string, isDraft: boolean): Failure {
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

export const BLANK_REMARK: Failure = {
  ok: false,
  problem: { kind: 'invalid', message: 'Uwaga jest pusta: wpisz treść uwagi, proponowany zapis albo uzasadnienie.' },
};

export const REMARK_GONE: Failure = {
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
