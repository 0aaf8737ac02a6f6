/**
 * Getting the remarks out: the "formularz zgłaszania uwag" as a CSV file, a Word or OpenDocument
 * file, or a printed table, and
 * the remarks the reader kept for other versions of the document, each version as its own file.
 */
import type { OfficeFormat } from '../browser/office-files.ts';
import { remarkCount } from '../lib/consultation/remark-form.ts';
import { OfficeDownloadButtons } from './OfficeDownloadButtons.tsx';

interface Props {
  /** No remarks to this version: nothing to download or print. */
  empty: boolean;
  onDownload: () => void;
  onDownloadDocument: (format: OfficeFormat) => void;
  onPrint: () => void;
  otherVersions: readonly { version: number; count: number }[];
  /** Addresses of every version, by version number. */
  versionHrefs: Record<string, string>;
  onDownloadOther: (version: number) => void;
}

export function RemarksExport({ empty, onDownload, onDownloadDocument, onPrint, otherVersions, versionHrefs, onDownloadOther }: Props) {
  return (
    <>
      <div className="remarks__export">
        <button type="button" className="button" disabled={empty} onClick={onDownload}>
          Pobierz formularz uwag (CSV)
        </button>
        <OfficeDownloadButtons disabled={empty} onDownload={onDownloadDocument} />
        <button type="button" className="button button--secondary" disabled={empty} onClick={onPrint}>
          Drukuj tabelę uwag
        </button>
      </div>
      {otherVersions.map((other) => (
        <p key={other.version}>
          Masz też {remarkCount(other.count)} do <a href={versionHrefs[String(other.version)] ?? '#'}>wersji {other.version}</a> tego dokumentu.{' '}
          <button type="button" className="link-button" onClick={() => onDownloadOther(other.version)}>
            Pobierz je (CSV)
          </button>
        </p>
      ))}
    </>
  );
}
