/**
 * What the reader is told about saved packs, in Polish: sizes, dates and times, a pack's contents,
 * progress, and every problem saving can meet (src/lib/offline/offline-storage.ts). Shared by the
 * "Zapisz do czytania bez internetu" panel and the list of saved packs.
 */
import { formatNumberPl } from '../numbers.ts';
import { countPl } from '../plural.ts';
import type { OfflineProblem } from './offline-storage.ts';
import type { PackManifest } from './pack-manifest.ts';
import type { RefreshResult } from './pack-refresh.ts';
import type { SavedPack } from './pack-store.ts';

/** The title of the list of saved packs (SAVED_PACKS_PAGE), as pages and messages name it. */
export const SAVED_PACKS_TITLE = 'Zapisane do czytania bez internetu';

const KB = 1024;
const MB = 1024 * KB;

/** "950 B", "812 KB", "1,4 MB": a size as the reader compares it with free space. */
export function formatBytesPl(bytes: number): string {
  if (bytes < KB) return `${bytes} B`;
  if (bytes < MB) return `${formatNumberPl(Math.round(bytes / KB))} KB`;
  return `${formatNumberPl(Math.round((bytes / MB) * 10) / 10)} MB`;
}

/**
 * "14 maja 2026, godz. 10:05": when something happened, in the reader's own time zone unless one
 * is given (tests pin Europe/Warsaw).
 */
export function formatMomentPl(moment: string | Date, timeZone?: string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  const zone = timeZone ? { timeZone } : {};
  const day = new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric', ...zone }).format(date);
  const time = new Intl.DateTimeFormat('pl-PL', { hour: '2-digit', minute: '2-digit', ...zone }).format(date);
  return `${day}, godz. ${time}`;
}

const PAGES = { one: 'strona', few: 'strony', many: 'stron' };
const FILES = { one: 'plik', few: 'pliki', many: 'plików' };

/** "3 strony i 24 pliki, razem 1,4 MB": what saving will take, before the reader decides. */
export function packSummary(manifest: Pick<PackManifest, 'pages' | 'files' | 'bytes'>): string {
  const others = manifest.files.length - manifest.pages.length;
  return `${countPl(manifest.pages.length, PAGES)} i ${countPl(others, FILES)}, razem ${formatBytesPl(manifest.bytes)}`;
}

/** When the pack was saved and last brought up to date, in one sentence. */
export function savedWhen(pack: Pick<SavedPack, 'savedAt' | 'updatedAt'>, timeZone?: string): string {
  const saved = `Zapisano ${formatMomentPl(pack.savedAt, timeZone)}`;
  return pack.updatedAt === pack.savedAt ? `${saved}.` : `${saved}, ostatnia aktualizacja ${formatMomentPl(pack.updatedAt, timeZone)}.`;
}

/** "Zapisywanie: 5 z 24 plików…" ("z" takes the genitive: "z 1 pliku", "z 3 plików"). */
export function progressText(done: number, total: number): string {
  return `Zapisywanie: ${done} z ${total} ${total === 1 ? 'pliku' : 'plików'}…`;
}

const PROBLEMS: Record<OfflineProblem, (bytes: number | undefined) => string> = {
  quota: (bytes) =>
    `Brakuje miejsca w pamięci przeglądarki${bytes === undefined ? '' : ` na ${formatBytesPl(bytes)}`}. ` +
    `Usuń inne zapisane strony na stronie „${SAVED_PACKS_TITLE}” albo zwolnij miejsce w ustawieniach przeglądarki i spróbuj ponownie.`,
  offline: () => 'Nie ma połączenia z internetem, więc nie można pobrać plików do zapisania. Spróbuj ponownie, gdy połączenie wróci.',
  changed: () => 'Serwis właśnie się zmienił i część plików jest już inna. Odśwież stronę i zapisz ją jeszcze raz.',
  missing: () => 'Serwer nie oddał jednego z plików. Spróbuj ponownie za kilka minut.',
  unsupported: () =>
    'Ta przeglądarka nie pozwala zapisywać stron do czytania bez internetu. Potrzebna jest nowsza przeglądarka i połączenie szyfrowane (adres zaczyna się od https).',
  unknown: () => 'Nie udało się zapisać strony. Spróbuj ponownie.',
};

/**
 * What the reader is told after the service worker refreshed saved packs in the background: the
 * packs it could not refresh, and why (a full storage above all); nothing when all went well.
 */
export function refreshReport(results: readonly RefreshResult[], titleOf: (address: string) => string): string {
  return results
    .filter((result) => result.outcome === 'failed')
    .map((result) => `Nie udało się odświeżyć zapisanej kopii „${titleOf(result.address)}”. ${problemMessage(result.problem ?? 'unknown')}`)
    .join(' ');
}

/** The problem, what it means and what the reader can do, in Polish. */
export function problemMessage(problem: OfflineProblem, bytes?: number): string {
  return PROBLEMS[problem](bytes);
}
