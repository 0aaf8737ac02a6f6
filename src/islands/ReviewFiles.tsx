/**
 * Where the organiser hands the tool the received forms: a file input taking many files at once,
 * which is also the keyboard's way in, and a zone around it that takes files dropped on it.
 */
import { useState } from 'react';

interface Props {
  onFiles: (files: File[]) => void;
}

export function ReviewFiles({ onFiles }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`review-files${over ? ' review-files--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
    >
      <label htmlFor="formularze-uwag">Wczytaj formularze uwag (pliki CSV)</label>
      <p className="field__hint" id="formularze-uwag-hint">
        Możesz wybrać wiele plików naraz albo upuścić je w tym polu. Pliki zapisane ponownie w LibreOffice Calc lub Excelu też się wczytają.
      </p>
      <input
        id="formularze-uwag"
        type="file"
        accept=".csv,text/csv"
        multiple
        aria-describedby="formularze-uwag-hint"
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
    </div>
  );
}
