/**
 * Getting the zestawienie out: CSV, Word and OpenDocument files, a printed table, and the report
 * file to publish on the site. The report is refused, with the reason, until every remark has
 * a position and a justification.
 */
import type { OfficeFormat } from '../browser/office-files.ts';
import { OfficeDownloadButtons } from './OfficeDownloadButtons.tsx';

interface Props {
  empty: boolean;
  /** Why the report cannot be written yet; null when it can. */
  reportBlocked: string | null;
  onCsv: () => void;
  onDocument: (format: OfficeFormat) => void;
  onPrint: () => void;
  onReport: () => void;
}

export function ReviewExports({ empty, reportBlocked, onCsv, onDocument, onPrint, onReport }: Props) {
  return (
    <section className="review-exports" aria-labelledby="eksport-zestawienia">
      <h2 id="eksport-zestawienia">Zapisz zestawienie</h2>
      <div className="remarks__export">
        <button type="button" className="button" disabled={empty} onClick={onCsv}>
          Pobierz zestawienie (CSV)
        </button>
        <OfficeDownloadButtons disabled={empty} onDownload={onDocument} />
        <button type="button" className="button button--secondary" disabled={empty} onClick={onPrint}>
          Drukuj zestawienie
        </button>
      </div>
      <h3>Raport do opublikowania w serwisie</h3>
      <p>
        Plik raportu (YAML) redakcja umieszcza w folderze <code>content/consultation-reports/</code>. Organizacje są w nim wymienione z nazwy, osoby prywatne
        tylko jako „osoba prywatna”.
      </p>
      {reportBlocked && (
        <p className="review-exports__blocked" id="raport-niegotowy">
          {reportBlocked}
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-describedby={reportBlocked ? 'raport-niegotowy' : undefined}
        disabled={reportBlocked !== null}
        onClick={onReport}
      >
        Pobierz plik raportu (YAML)
      </button>
    </section>
  );
}
