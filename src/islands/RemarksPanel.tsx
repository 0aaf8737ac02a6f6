/**
 * "Moje uwagi" for a document in consultation. Once hydrated it puts a "Zgłoś uwagę" button on
 * every numbered unit of the text, keeps the reader's remarks in this browser (per document and
 * version, see `src/lib/consultation/remarks-store.ts`), lists them for editing and removal, and
 * exports them as the "formularz zgłaszania uwag": a CSV file or a printed table. Without
 * JavaScript it offers the blank form with every unit's text instead. What readers type is only
 * ever rendered as text.
 */
import { useState } from 'react';
import { downloadOfficeTable, type OfficeFormat } from '../browser/office-files.ts';
import { browserStorage, downloadCsv, printRemarksTable } from '../browser/remarks-browser.ts';
import { phaseNotice, phaseOnDay, readerPhase } from '../lib/consultation/consultation-phase.ts';
import { remarkCount } from '../lib/consultation/remark-form.ts';
import type { Remark } from '../lib/consultation/remark.ts';
import { remarksFileName, remarksToCsv, type Submitter } from '../lib/consultation/remarks-csv.ts';
import { remarksDocument } from '../lib/consultation/remarks-document.ts';
import { RemarkStore } from '../lib/consultation/remarks-store.ts';
import { readSavedRemarks } from '../lib/consultation/saved-remarks.ts';
import type { StorageProblem } from '../lib/consultation/store-problems.ts';
import { RemarkDialog, type RemarkFormValues } from './RemarkDialog.tsx';
import { RemarkList } from './RemarkList.tsx';
import { RemarksExport } from './RemarksExport.tsx';
import { PrintTable } from './PrintTable.tsx';
import { SubmitterForm } from './SubmitterForm.tsx';
import { useHydrated } from './use-hydrated.ts';
import { useUnitRemarkButtons } from './use-unit-remark-buttons.ts';
import { RemarksWithoutScript } from './RemarksWithoutScript.tsx';

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
  /** The day the page was built for (`RRRR-MM-DD`): a period ended by then is closed on the page itself. */
  builtOn: string;
}

const NO_UNITS: Paragraph[] = [];

interface OpenForm {
  paragraph: Paragraph;
  initial: RemarkFormValues;
  /** The remark being changed, or none for a new one. */
  editing?: string;
  opener: HTMLElement | null;
}

export default function RemarksPanel(props: Props) {
  const hydrated = useHydrated();
  // The remarks live in this browser's storage: the server, and hydration, can only offer the blank form.
  if (!hydrated)
    return (
      <RemarksWithoutScript
        templateHref={props.templateHref}
        closedNotice={phaseOnDay(props.period, props.builtOn) === 'closed' ? phaseNotice('closed', props.period) : null}
      />
    );
  return <MyRemarks key={`${props.documentId}:${props.version}`} {...props} />;
}

/** The panel in the browser: mounted after hydration, so it reads the storage as it starts. */
function MyRemarks({ documentId, documentTitle, version, paragraphs, fileName, versionHrefs, period, builtOn }: Props) {
  const [store] = useState(() => new RemarkStore({ storage: browserStorage(), documentId, version }));
  const [saved] = useState(() => readSavedRemarks(store));
  const [remarks, setRemarks] = useState(saved.remarks);
  const [submitter, setSubmitter] = useState(saved.submitter);
  const [kind, setKind] = useState(saved.submitterKind);
  const [submitterField, setSubmitterField] = useState(saved.submitter);
  const [problem, setProblem] = useState<StorageProblem | null>(saved.problem);
  const [others, setOthers] = useState(saved.otherVersions);
  const [form, setForm] = useState<OpenForm | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [phase] = useState(() => readerPhase(period, new Date(), builtOn));

  /** Reads the remarks again; returns how many this version has. */
  const refresh = (): number => {
    const otherVersions = store.otherVersions();
    if (otherVersions.ok) setOthers(otherVersions.value);
    const listed = store.list();
    if (!listed.ok) {
      setProblem(listed.problem);
      return 0;
    }
    setRemarks(listed.value);
    return listed.value.length;
  };

  /** Opens the form for a new remark on a unit, with the draft typed there before, if any. */
  const openForm = (paragraphId: string, opener: HTMLElement | null) => {
    const paragraph = paragraphs.find((candidate) => candidate.id === paragraphId);
    if (!paragraph) return;
    const draft = store.draft();
    const kept = draft.ok && draft.value && draft.value.paragraphId === paragraphId ? draft.value : undefined;
    setProblem(null);
    setForm({ paragraph, initial: { proposal: kept?.proposal ?? '', justification: kept?.justification ?? '' }, opener });
  };

  // Once the period has ended (by the reader's calendar, even if the page was built before), "Zgłoś uwagę" gives way to the notice.
  useUnitRemarkButtons(phase === 'closed' ? NO_UNITS : paragraphs, remarks, openForm);

  function editRemark(remark: Remark, opener: HTMLElement) {
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
      opener,
    });
  }

  function closeForm(message?: string) {
    const opener = form?.opener;
    setForm(null);
    if (message) setAnnouncement(message);
    requestAnimationFrame(() => opener?.focus());
  }

  function saveForm(values: RemarkFormValues, given: Submitter) {
    if (!form) return;
    if (given.name !== submitter) {
      const savedSubmitter = store.setSubmitter(given.name);
      if (!savedSubmitter.ok) {
        setProblem(savedSubmitter.problem);
        return;
      }
      setSubmitter(given.name);
      setSubmitterField(given.name);
    }
    if (given.kind && given.kind !== kind) {
      const savedKind = store.setSubmitterKind(given.kind);
      if (!savedKind.ok) {
        setProblem(savedKind.problem);
        return;
      }
      setKind(given.kind);
    }
    const result = form.editing
      ? store.update(form.editing, values)
      : store.add({ paragraphId: form.paragraph.id, paragraphLabel: form.paragraph.label, currentText: form.paragraph.text, ...values });
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    if (!form.editing) store.clearDraft();
    const count = refresh();
    closeForm(`${form.editing ? 'Zapisano zmiany w uwadze' : 'Zapisano uwagę'} do ${form.paragraph.label}. Masz ${remarkCount(count)} do tej wersji.`);
  }

  function remove(remark: Remark) {
    const result = store.remove(remark.id);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setConfirming(null);
    refresh();
    setAnnouncement(`Usunięto uwagę do ${remark.paragraphLabel}.`);
    document.getElementById('moje-uwagi')?.focus();
  }

  function saveSubmitter() {
    const results = [store.setSubmitter(submitterField), ...(kind ? [store.setSubmitterKind(kind)] : [])];
    const failed = results.find((result) => !result.ok);
    if (failed && !failed.ok) {
      setProblem(failed.problem);
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
    downloadCsv(remarksToCsv(listed.value, { name: submitter, kind }, addressOf(otherVersion)), remarksFileName(documentId, otherVersion));
  }

  const addressOf = (number: number) => versionHrefs[String(number)] ?? '';

  function downloadDocument(format: OfficeFormat) {
    const table = remarksDocument(remarks, { name: submitter, kind }, { title: documentTitle, version, address: addressOf(version) });
    void downloadOfficeTable(table, remarksFileName(documentId, version, format), format);
  }

  function preserveCorrupt() {
    const result = store.preserveCorrupt();
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    refresh();
    setAnnouncement(`Uszkodzone dane zostały w pamięci przeglądarki pod kluczem ${result.value.join(', ')}; możesz już zapisywać nowe uwagi.`);
  }

  const notice = phaseNotice(phase, period);

  return (
    <div className="remarks">
      {notice && (
        <p className="remarks__phase" role="note">
          <strong>{notice}</strong>
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
      {phase !== 'closed' && <SubmitterForm value={submitterField} kind={kind} onChange={setSubmitterField} onKindChange={setKind} onSave={saveSubmitter} />}
      <p>
        {remarks.length === 0
          ? phase === 'closed'
            ? 'Nie masz zapisanych uwag do tej wersji.'
            : 'Nie masz jeszcze uwag do tej wersji. Wybierz „Zgłoś uwagę” przy ustępie, którego dotyczy uwaga.'
          : `Masz ${remarkCount(remarks.length)} do wersji ${version}. Są zapisane tylko w tej przeglądarce.`}
      </p>
      {remarks.length > 0 && (
        <RemarkList
          remarks={remarks}
          confirming={confirming}
          onEdit={editRemark}
          onConfirmRemove={(remark) => setConfirming(remark?.id ?? null)}
          onRemove={remove}
        />
      )}
      <RemarksExport
        empty={remarks.length === 0}
        onDownload={() => downloadCsv(remarksToCsv(remarks, { name: submitter, kind }, addressOf(version)), fileName)}
        onDownloadDocument={downloadDocument}
        onPrint={() => printRemarksTable('uwagi')}
        otherVersions={others}
        versionHrefs={versionHrefs}
        onDownloadOther={exportOther}
      />
      <p className="remarks__status" role="status">
        {announcement}
      </p>
      <PrintTable
        className="remarks-print"
        table={remarksDocument(remarks, { name: submitter || '(nie podano)', kind }, { title: documentTitle, version, address: addressOf(version) })}
      />
      {form && (
        <RemarkDialog
          key={`${form.paragraph.id}-${form.editing ?? 'nowa'}`}
          documentLabel={`${documentTitle}, wersja ${version}`}
          paragraph={form.paragraph}
          initial={form.initial}
          editing={form.editing !== undefined}
          submitter={{ name: submitter, kind }}
          problem={problem?.message ?? null}
          onChange={(values) => {
            if (form.editing) return;
            const savedDraft = store.saveDraft({ paragraphId: form.paragraph.id, ...values });
            if (!savedDraft.ok) setProblem(savedDraft.problem);
          }}
          onSave={saveForm}
          onCancel={() => closeForm(form.editing ? undefined : 'Zamknięto formularz; wpisany tekst został zachowany jako szkic.')}
        />
      )}
    </div>
  );
}
