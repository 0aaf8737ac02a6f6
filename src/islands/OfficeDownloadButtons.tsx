/** "Pobierz jako dokument Word (DOCX)" and "… OpenDocument (ODT)": the same table as an office file, for the remarks form and the zestawienie alike. */
import type { OfficeFormat } from '../browser/office-files.ts';

interface Props {
  disabled: boolean;
  onDownload: (format: OfficeFormat) => void;
}

export function OfficeDownloadButtons({ disabled, onDownload }: Props) {
  return (
    <>
      <button type="button" className="button button--secondary" disabled={disabled} onClick={() => onDownload('docx')}>
        Pobierz jako dokument Word (DOCX)
      </button>
      <button type="button" className="button button--secondary" disabled={disabled} onClick={() => onDownload('odt')}>
        Pobierz jako dokument OpenDocument (ODT)
      </button>
    </>
  );
}
