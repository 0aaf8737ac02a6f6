/**
 * "Moje uwagi" for a document in consultation. Once hydrated it puts a "Zgłoś uwagę" button on
 * every numbered unit of the text, keeps the reader's remarks in this browser (per document and
 * version, see `src/lib/consultation/remarks-store.ts`), lists them for editing and removal, and
 * exports them as the "formularz zgłaszania uwag": a CSV file or a printed table. Without
 * JavaScript it offers the blank form with every unit's text instead. What readers type is only
 * ever rendered as text.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { consultationPhase, type ConsultationPhase } from '../lib/consultation/consultation-phase.ts';
import { formatDatePl } from '../lib/dates.ts';
import { remarkCount } from '../lib/consultation/remark-form.ts';
import { remarksFileName, remarksToCsv, REMARK_COLUMNS } from '../lib/consultation/remarks-csv.ts';
import type { StorageLike } from '../lib/consultation/guarded-storage.ts';
import type { Remark } from '../lib/consultation/remark.ts';
import { RemarkStore } from '../lib/consultation/remarks-store.ts';
import type { StorageProblem } from '../lib/consultation/store-problems.ts';
import { RemarkDialog, type RemarkFormValues } from './RemarkDialog.tsx';

interface Paragraph {
  id: string;
  label: string;
  text: string;
}

interface Props {
  documentId: string;
  documentTitle: string;
  version: number;
  paragraphs: Paragraph[];
  /** The blank form for readers without JavaScript. */
  templateHref: string;
  fileName: string;
  /** Addresses of every version, for remarks the reader kept for another one. */
  versionHrefs: Record<string, string>;
  /** The consultation period, first and last day as `RRRR-MM-DD`. */
  period: { from: string; to: string };
}

interface OpenForm {
  paragraph: Paragraph;
  initial: RemarkFormValues;
  /** The remark being changed, or none for a new one. */
  editing?: string;
  opener: HTMLElement | null;
}

/** The browser's storage, or null where reading it throws (storage disabled, blocked cookies). */
function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function phaseNotice(phase: ConsultationPhase, period: Props['period']): string | null {
  const day = (iso: string) => formatDatePl(new Date(`${iso}T00:00:00Z`));
  if (phase === 'before') return `Konsultacje zaczną się ${day(period.from)}. Uwagi możesz już zapisywać; wyślij je w czasie konsultacji.`;
  if (phase === 'closed')
    return `Konsultacje zakończyły się ${day(period.to)}. Uwagi nadal możesz zapisać i pobrać, ale przyjmowanie uwag do tej wersji zostało zakończone.`;
  return null;
}

export default function RemarksPanel({ documentId, documentTitle, version, paragraphs, templateHref, fileName, versionHrefs, period }: Props) {
  const store = useRef<RemarkStore | null>(null);
  const [ready, setReady] = useState(false);
  const [remarks, setRemarks] = useState<Remark[]>([]);
  const [submitter, setSubmitter] = useState('');
  const [submitterField, setSubmitterField] = useState('');
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [form, setForm] = useState<OpenForm | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [others, setOthers] = useState<{ version: number; count: number }[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [phase, setPhase] = useState<ConsultationPhase>('open');
  const openForm = useRef<(paragraphId: string, opener: HTMLElement | null) => void>(() => {});

  /** Reads the remarks again; returns how many this version has. */
  const refresh = useCallback((): number => {
    const current = store.current;
    if (!current) return 0;
    const otherVersions = current.otherVersions();
    if (otherVersions.ok) setOthers(otherVersions.value);
    const listed = current.list();
    if (!listed.ok) {
      setProblem(listed.problem);
      return 0;
    }
    setRemarks(listed.value);
    return listed.value.length;
  }, []);

  useEffect(() => {
    store.current = new RemarkStore({ storage: browserStorage(), documentId, version });
    const saved = store.current.submitter();
    if (saved.ok) {
      setSubmitter(saved.value ?? '');
      setSubmitterField(saved.value ?? '');
    } else {
      setProblem(saved.problem);
    }
    refresh();
    setPhase(consultationPhase(period, new Date()));
    setReady(true);
  }, [documentId, version, refresh, period]);

  openForm.current = (paragraphId, opener) => {
    const paragraph = paragraphs.find((candidate) => candidate.id === paragraphId);
    if (!paragraph || !store.current) return;
    const draft = store.current.draft();
    const kept = draft.ok && draft.value && draft.value.paragraphId === paragraphId ? draft.value : undefined;
    setProblem(null);
    setForm({ paragraph, initial: { proposal: kept?.proposal ?? '', justification: kept?.justification ?? '' }, opener });
  };

  // The buttons live in the server-rendered text, outside the island, so they are added here.
  useEffect(() => {
    if (!ready) return;
    const buttons = paragraphs.flatMap((paragraph) => {
      const unit = document.getElementById(paragraph.id);
      if (!unit) return [];
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'unit__remark';
      button.append('Zgłoś uwagę');
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` do ${paragraph.label}`;
      button.append(hidden);
      button.addEventListener('click', () => openForm.current(paragraph.id, button));
      unit.append(button);
      return [button];
    });
    return () => buttons.forEach((button) => button.remove());
  }, [ready, paragraphs]);

  // Mark the units that already have a remark, in words as well as in the frame.
  useEffect(() => {
    const withRemarks = new Set(remarks.map((remark) => remark.paragraphId));
    for (const paragraph of paragraphs) {
      const unit = document.getElementById(paragraph.id);
      if (!unit) continue;
      unit.toggleAttribute('data-has-remark', withRemarks.has(paragraph.id));
      const button = unit.querySelector<HTMLButtonElement>('.unit__remark');
      if (button?.firstChild) button.firstChild.textContent = withRemarks.has(paragraph.id) ? 'Zgłoś kolejną uwagę' : 'Zgłoś uwagę';
    }
  }, [remarks, paragraphs, ready]);

  function closeForm(message?: string) {
    const opener = form?.opener;
    setForm(null);
    if (message) setAnnouncement(message);
    requestAnimationFrame(() => opener?.focus());
  }

  function saveForm(values: RemarkFormValues, submitterText: string) {
    const current = store.current;
    if (!current || !form) return;
    if (submitterText !== submitter) {
      const saved = current.setSubmitter(submitterText);
      if (!saved.ok) {
        setProblem(saved.problem);
        return;
      }
      setSubmitter(submitterText);
      setSubmitterField(submitterText);
    }
    const result = form.editing
      ? current.update(form.editing, values)
      : current.add({ paragraphId: form.paragraph.id, paragraphLabel: form.paragraph.label, currentText: form.paragraph.text, ...values });
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    if (!form.editing) current.clearDraft();
    const count = refresh();
    closeForm(`${form.editing ? 'Zapisano zmiany w uwadze' : 'Zapisano uwagę'} do ${form.paragraph.label}. Masz ${remarkCount(count)} do tej wersji.`);
  }

  function remove(remark: Remark) {
    const result = store.current?.remove(remark.id);
    if (result && !result.ok) {
      setProblem(result.problem);
      return;
    }
    setConfirming(null);
    refresh();
    setAnnouncement(`Usunięto uwagę do ${remark.paragraphLabel}.`);
    document.getElementById('moje-uwagi')?.focus();
  }

  function saveSubmitter() {
    const result = store.current?.setSubmitter(submitterField);
    if (result && !result.ok) {
      setProblem(result.problem);
      return;
    }
    setSubmitter(submitterField);
    setAnnouncement('Zapisano podmiot zgłaszający.');
  }

  function exportOther(otherVersion: number) {
    const other = new RemarkStore({ storage: browserStorage(), documentId, version: otherVersion });
    const listed = other.list();
    if (!listed.ok) {
      setProblem(listed.problem);
      return;
    }
    download(remarksToCsv(listed.value, submitter), remarksFileName(documentId, otherVersion));
  }

  function preserveCorrupt() {
    const result = store.current?.preserveCorrupt();
    if (!result) return;
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    refresh();
    setAnnouncement(`Uszkodzone dane zostały w pamięci przeglądarki pod kluczem ${result.value.join(', ')}; możesz już zapisywać nowe uwagi.`);
  }

  function printTable() {
    document.documentElement.dataset.print = 'uwagi';
    const reset = () => {
      delete document.documentElement.dataset.print;
      window.removeEventListener('afterprint', reset);
    };
    window.addEventListener('afterprint', reset);
    window.print();
  }

  const status = (
    <p className="remarks__status" role="status">
      {announcement}
    </p>
  );

  if (!ready) {
    return (
      <div className="remarks">
        <p>Uwagi zgłasza się przyciskiem „Zgłoś uwagę” przy ustępie; zapisują się w tej przeglądarce. Ta część strony działa z włączonym JavaScriptem.</p>
        <p>
          Bez JavaScriptu <a href={templateHref}>pobierz pusty formularz uwag (CSV)</a> z numerami i treścią wszystkich ustępów, uzupełnij go w arkuszu
          kalkulacyjnym i wyślij.
        </p>
        {status}
      </div>
    );
  }

  return (
    <div className="remarks">
      {phaseNotice(phase, period) && (
        <p className="remarks__phase" role="note">
          <strong>{phaseNotice(phase, period)}</strong>
        </p>
      )}
      {problem && (
        <div className="storage-problem" role="alert">
          <p>{problem.message}</p>
          {problem.kind === 'corrupt' && (
            <button type="button" className="button button--secondary" onClick={preserveCorrupt}>
              Zachowaj kopię uszkodzonych danych i zacznij nową listę
            </button>
          )}
        </div>
      )}
      <form
        className="remarks__submitter"
        onSubmit={(event) => {
          event.preventDefault();
          saveSubmitter();
        }}
      >
        <label htmlFor="podmiot-zglaszajacy">Podmiot zgłaszający</label>
        <p className="field__hint" id="podmiot-zglaszajacy-hint">
          Imię i nazwisko albo nazwa instytucji; trafia do kolumny „Podmiot zgłaszający” przy każdej uwadze.
        </p>
        <div className="remarks__submitter-row">
          <input
            id="podmiot-zglaszajacy"
            type="text"
            autoComplete="organization"
            aria-describedby="podmiot-zglaszajacy-hint"
            value={submitterField}
            onChange={(event) => setSubmitterField(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            Zapisz
          </button>
        </div>
      </form>
      <p>
        {remarks.length === 0
          ? 'Nie masz jeszcze uwag do tej wersji. Wybierz „Zgłoś uwagę” przy ustępie, którego dotyczy uwaga.'
          : `Masz ${remarkCount(remarks.length)} do wersji ${version}. Są zapisane tylko w tej przeglądarce.`}
      </p>
      {remarks.length > 0 && (
        <ol className="remarks__list">
          {remarks.map((remark) => (
            <li key={remark.id} className="remark">
              <h3>
                <a href={`#${remark.paragraphId}`}>{remark.paragraphLabel}</a>
              </h3>
              <dl>
                <dt>Dotychczasowy zapis</dt>
                <dd>{remark.currentText}</dd>
                <dt>Treść uwagi / proponowany zapis</dt>
                <dd>{remark.proposal}</dd>
                <dt>Uzasadnienie</dt>
                <dd>{remark.justification === '' ? <span className="secondary-text">(brak)</span> : remark.justification}</dd>
              </dl>
              {confirming === remark.id ? (
                <div className="remark__actions" role="group" aria-label={`Usunąć uwagę do ${remark.paragraphLabel}?`}>
                  <span>Usunąć tę uwagę?</span>
                  <button type="button" className="button" onClick={() => remove(remark)}>
                    Tak, usuń<span className="visually-hidden"> uwagę do {remark.paragraphLabel}</span>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                    Nie
                  </button>
                </div>
              ) : (
                <div className="remark__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={(event) => {
                      const paragraph = paragraphs.find((candidate) => candidate.id === remark.paragraphId) ?? {
                        id: remark.paragraphId,
                        label: remark.paragraphLabel,
                        text: remark.currentText,
                      };
                      setProblem(null);
                      setForm({
                        paragraph: { ...paragraph, text: remark.currentText },
                        initial: { proposal: remark.proposal, justification: remark.justification },
                        editing: remark.id,
                        opener: event.currentTarget,
                      });
                    }}
                  >
                    Edytuj<span className="visually-hidden"> uwagę do {remark.paragraphLabel}</span>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(remark.id)}>
                    Usuń<span className="visually-hidden"> uwagę do {remark.paragraphLabel}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="remarks__export">
        <button type="button" className="button" disabled={remarks.length === 0} onClick={() => download(remarksToCsv(remarks, submitter), fileName)}>
          Pobierz formularz uwag (CSV)
        </button>
        <button type="button" className="button button--secondary" disabled={remarks.length === 0} onClick={printTable}>
          Drukuj tabelę uwag
        </button>
      </div>
      {others.map((other) => (
        <p key={other.version}>
          Masz też {remarkCount(other.count)} do <a href={versionHrefs[String(other.version)] ?? '#'}>wersji {other.version}</a> tego dokumentu.{' '}
          <button type="button" className="link-button" onClick={() => exportOther(other.version)}>
            Pobierz je (CSV)
          </button>
        </p>
      ))}
      {status}
      <div className="remarks-print">
        <h2>Formularz zgłaszania uwag</h2>
        <p>
          Dokument: {documentTitle}, wersja {version}. Podmiot zgłaszający: {submitter || '(nie podano)'}.
        </p>
        <table>
          <thead>
            <tr>
              {REMARK_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {remarks.map((remark, index) => (
              <tr key={remark.id}>
                <td>{index + 1}</td>
                <td>{submitter}</td>
                <td>{remark.paragraphLabel}</td>
                <td>{remark.currentText}</td>
                <td>{remark.proposal}</td>
                <td>{remark.justification}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {form && (
        <RemarkDialog
          key={`${form.paragraph.id}-${form.editing ?? 'nowa'}`}
          documentLabel={`${documentTitle}, wersja ${version}`}
          paragraph={form.paragraph}
          initial={form.initial}
          editing={form.editing !== undefined}
          submitter={submitter}
          problem={problem?.message ?? null}
          onChange={(values) => {
            if (form.editing) return;
            const saved = store.current?.saveDraft({ paragraphId: form.paragraph.id, ...values });
            if (saved && !saved.ok) setProblem(saved.problem);
          }}
          onSave={saveForm}
          onCancel={() => closeForm(form.editing ? undefined : 'Zamknięto formularz; wpisany tekst został zachowany jako szkic.')}
        />
      )}
    </div>
  );
}
