/**
 * The organiser's zestawienie uwag (/narzedzia/zestawienie-uwag/): received remarks forms loaded
 * from files, merged into one table without duplicates, answered remark by remark (or several at
 * once), kept in this browser's storage per document version, and exported. All in the browser:
 * no form leaves the organiser's computer. Without JavaScript the page says what the tool needs.
 */
import { useState } from 'react';
import { downloadFile, downloadOfficeTable, type OfficeFormat } from '../browser/office-files.ts';
import { browserStorage, downloadCsv, printRemarksTable } from '../browser/remarks-browser.ts';
import { warsawDay } from '../lib/consultation/consultation-phase.ts';
import { decodeFormBytes, readReceivedForm, type ConsultedVersion } from '../lib/consultation/review/received-form.ts';
import { reportFile, reportFileName } from '../lib/consultation/review/report-file.ts';
import { addRemarks, separateAnswer, setAnswer, shareAnswer, type Answer, type Review } from '../lib/consultation/review/review.ts';
import { ReviewStore } from '../lib/consultation/review/review-store.ts';
import { visibleGroups, type ReviewFilters } from '../lib/consultation/review/review-view.ts';
import { summaryCsv, summaryDocument, summaryFileName } from '../lib/consultation/review/summary-table.ts';
import type { StorageProblem } from '../lib/consultation/store-problems.ts';
import { countPl } from '../lib/plural.ts';
import { PrintTable } from './PrintTable.tsx';
import { ReviewExports } from './ReviewExports.tsx';
import { ReviewFiles } from './ReviewFiles.tsx';
import { ReviewFilterControls } from './ReviewFilterControls.tsx';
import { ReviewTable } from './ReviewTable.tsx';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  /** Every consulted version of the site's documents, newest first. */
  versions: ConsultedVersion[];
}

interface FileMessage {
  file: string;
  ok: boolean;
  text: string;
}

const REMARKS = { one: 'uwagę', few: 'uwagi', many: 'uwag' };

export default function RemarksReview({ versions }: Props) {
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState(0);
  if (!hydrated) {
    return (
      <p className="review-noscript">
        Zestawienie działa w przeglądarce z włączonym JavaScriptem: wczytuje pliki z Twojego komputera i niczego nie wysyła. Włącz JavaScript, aby z niego
        skorzystać.
      </p>
    );
  }
  if (versions.length === 0) return <p>W serwisie nie ma jeszcze dokumentu, który był w konsultacjach.</p>;
  const version = versions[chosen]!;
  return (
    <>
      {versions.length > 1 && (
        <div className="field review-version">
          <label htmlFor="wersja-w-konsultacjach">Dokument i wersja, której dotyczą uwagi</label>
          <select id="wersja-w-konsultacjach" value={chosen} onChange={(event) => setChosen(Number(event.target.value))}>
            {versions.map((option, index) => (
              <option key={option.address} value={index}>
                {option.title}, wersja {option.version}
              </option>
            ))}
          </select>
        </div>
      )}
      <ReviewOfVersion key={version.address} version={version} versions={versions} />
    </>
  );
}

function ReviewOfVersion({ version, versions }: { version: ConsultedVersion; versions: ConsultedVersion[] }) {
  const [store] = useState(() => new ReviewStore(browserStorage(), version.documentId, version.version));
  const [loaded] = useState(() => store.load(new Date()));
  const [review, setReview] = useState<Review>(loaded.ok ? loaded.value.review : { remarks: [], answers: {}, answerOf: {} });
  const [problem, setProblem] = useState<StorageProblem | null>(loaded.ok ? null : loaded.problem);
  const [preserved] = useState(loaded.ok ? loaded.value.preservedAs : undefined);
  const [messages, setMessages] = useState<FileMessage[]>([]);
  const [filters, setFilters] = useState<ReviewFilters>({ paragraph: '', submitter: '' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');

  function keep(next: Review) {
    setReview(next);
    const saved = store.save(next);
    setProblem(saved.ok ? null : saved.problem);
  }

  async function loadFiles(files: File[]) {
    let next = review;
    const read: FileMessage[] = [];
    for (const file of files) {
      const text = decodeFormBytes(new Uint8Array(await file.arrayBuffer()));
      const reading = readReceivedForm(file.name, text, version, versions);
      if (!reading.ok) {
        read.push({ file: file.name, ok: false, text: reading.message });
        continue;
      }
      const merged = addRemarks(next, reading.remarks);
      next = merged.review;
      const repeated = merged.duplicates > 0 ? `; pominięto uwagi, które już były w zestawieniu: ${merged.duplicates}` : '';
      read.push({ file: file.name, ok: true, text: `Plik „${file.name}”: wczytano ${countPl(merged.added, REMARKS)}${repeated}.` });
    }
    keep(next);
    setMessages(read);
  }

  function answer(key: string, changes: Partial<Answer>) {
    keep(setAnswer(review, key, changes));
  }

  function share() {
    keep(shareAnswer(review, [...selected]));
    setAnnouncement(`Zaznaczone uwagi (${selected.size}) mają teraz wspólne stanowisko.`);
    setSelected(new Set());
  }

  function toggle(key: string) {
    const next = new Set(selected);
    if (!next.delete(key)) next.add(key);
    setSelected(next);
  }

  const report = reportFile(review, version, warsawDay(new Date()));
  const groups = visibleGroups(review, filters);
  const shown = groups.reduce((sum, group) => sum + group.remarks.length, 0);
  const failed = messages.filter((message) => !message.ok);

  return (
    <div className="review">
      {problem && (
        <div className="storage-problem" role="alert">
          <p>{problem.message}</p>
        </div>
      )}
      {preserved && (
        <p className="storage-problem" role="alert">
          Zapisanego zestawienia nie dało się odczytać; jego kopia jest w pamięci przeglądarki pod kluczem {preserved}. Zaczynasz nowe zestawienie.
        </p>
      )}
      <ReviewFiles onFiles={(files) => void loadFiles(files)} />
      {failed.length > 0 && (
        <div className="storage-problem" role="alert">
          <ul>
            {failed.map((message) => (
              <li key={message.file}>{message.text}</li>
            ))}
          </ul>
        </div>
      )}
      <div role="status">
        <ul className="review__loaded">
          {messages
            .filter((message) => message.ok)
            .map((message) => (
              <li key={message.file}>{message.text}</li>
            ))}
        </ul>
      </div>
      <h2 id="uwagi">Uwagi</h2>
      {review.remarks.length === 0 ? (
        <p>Zestawienie jest puste: wczytaj formularze uwag do wersji {version.version}.</p>
      ) : (
        <>
          <ReviewFilterControls review={review} filters={filters} onChange={setFilters} />
          <p>
            Widać {shown} z {countPl(review.remarks.length, { one: 'uwagi', few: 'uwag', many: 'uwag' })}.
          </p>
          <button type="button" className="button button--secondary" disabled={selected.size < 2} onClick={share}>
            Wspólne stanowisko dla zaznaczonych uwag ({selected.size})
          </button>
          <ReviewTable
            review={review}
            groups={groups}
            selected={selected}
            onToggle={toggle}
            onAnswer={answer}
            onSeparate={(key) => keep(separateAnswer(review, key))}
          />
        </>
      )}
      <ReviewExports
        empty={review.remarks.length === 0}
        reportBlocked={report.ok ? null : report.message}
        onCsv={() => downloadCsv(summaryCsv(review), summaryFileName(version, 'csv'))}
        onDocument={(format: OfficeFormat) => void downloadOfficeTable(summaryDocument(review, version), summaryFileName(version, format), format)}
        onPrint={() => printRemarksTable('zestawienie')}
        onReport={() => report.ok && downloadFile(report.text, reportFileName(version), 'application/yaml;charset=utf-8')}
      />
      <p className="remarks__status" role="status">
        {announcement}
      </p>
      <PrintTable className="review-print" table={summaryDocument(review, version)} />
    </div>
  );
}
