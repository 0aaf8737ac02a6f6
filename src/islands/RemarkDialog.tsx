/**
 * The form for one remark, in a modal `<dialog>`: the unit's number and current wording, the
 * proposed wording and the justification, and — until it is given once — who submits. Escape with
 * unsaved changes to an existing remark is held back, so an edit is never dropped by a stray key;
 * a new remark is kept as a draft by the panel while it is typed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { validateRemarkForm, type RemarkFormError, type RemarkFormField } from '../lib/consultation/remark-form.ts';
import type { Submitter } from '../lib/consultation/remarks-csv.ts';
import { SubmitterKindChoice } from './SubmitterKindChoice.tsx';

export interface RemarkFormValues {
  proposal: string;
  justification: string;
}

interface Props {
  /** The document and version the remark is about, e.g. "Poradnik …, wersja 2". */
  documentLabel: string;
  paragraph: { id: string; label: string; text: string };
  initial: RemarkFormValues;
  /** True when an existing remark is edited. */
  editing: boolean;
  /** Who submits and as whom, as saved; empty until the reader gives them once. */
  submitter: Submitter;
  /** A storage problem that kept the last save from happening; the typed text stays in the form. */
  problem: string | null;
  onChange(values: RemarkFormValues): void;
  onSave(values: RemarkFormValues, submitter: Submitter): void;
  onCancel(): void;
}

export function RemarkDialog({ documentLabel, paragraph, initial, editing, submitter: savedSubmitter, problem, onChange, onSave, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const firstField = useRef<HTMLTextAreaElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(initial);
  const [submitter, setSubmitter] = useState(savedSubmitter.name);
  const [submitterKind, setSubmitterKind] = useState(savedSubmitter.kind);
  const [errors, setErrors] = useState<RemarkFormError[]>([]);
  const [heldBack, setHeldBack] = useState(false);
  const ids = useId();
  const fieldId = (field: string) => `${ids}-${field}`;
  const dirty = values.proposal !== initial.proposal || values.justification !== initial.justification;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    firstField.current?.focus();
  }, []);

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  function update(field: keyof RemarkFormValues, text: string) {
    const next = { ...values, [field]: text };
    setValues(next);
    setHeldBack(false);
    onChange(next);
  }

  function submit(event: { preventDefault(): void }) {
    event.preventDefault();
    const given = { name: savedSubmitter.name || submitter, kind: savedSubmitter.kind ?? submitterKind };
    const found = validateRemarkForm({ submitter: given.name, submitterKind: given.kind, proposal: values.proposal });
    setErrors(found);
    if (found.length === 0) onSave(values, given);
  }

  const errorFor = (field: RemarkFormField) => errors.find((error) => error.field === field);
  const titleId = fieldId('title');

  return (
    <dialog
      ref={dialog}
      className="remark-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        if (editing && dirty) {
          event.preventDefault();
          setHeldBack(true);
          return;
        }
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>
          {editing ? 'Zmień uwagę' : 'Zgłoś uwagę'} do {paragraph.label}
        </h2>
        <p className="remark-dialog__document">{documentLabel}</p>
        {errors.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
            <h3>Popraw formularz</h3>
            <ul>
              {errors.map((error) => (
                <li key={error.field}>
                  <a href={`#${fieldId(error.field)}`}>{error.message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {problem && (
          <div className="storage-problem" role="alert">
            <p>{problem}</p>
          </div>
        )}
        {heldBack && (
          <p className="remark-dialog__held" role="status">
            Masz niezapisane zmiany. Zapisz je albo wybierz „Odrzuć zmiany”.
          </p>
        )}
        <p className="remark-dialog__label">Dotychczasowy zapis ({paragraph.label}):</p>
        <blockquote className="remark-dialog__current">{paragraph.text}</blockquote>
        {!savedSubmitter.name && (
          <div className={`field${errorFor('submitter') ? ' field--error' : ''}`}>
            <label htmlFor={fieldId('submitter')}>Podmiot zgłaszający</label>
            <p className="field__hint" id={fieldId('submitter-hint')}>
              Imię i nazwisko albo nazwa instytucji. Podajesz je raz, dla wszystkich uwag.
            </p>
            <FieldError error={errorFor('submitter')} id={fieldId('submitter-error')} />
            <input
              id={fieldId('submitter')}
              type="text"
              autoComplete="organization"
              value={submitter}
              aria-describedby={`${fieldId('submitter-hint')}${errorFor('submitter') ? ` ${fieldId('submitter-error')}` : ''}`}
              aria-invalid={errorFor('submitter') ? true : undefined}
              onChange={(event) => setSubmitter(event.target.value)}
            />
          </div>
        )}
        {!savedSubmitter.kind && (
          <SubmitterKindChoice
            idPrefix={fieldId('submitterKind')}
            value={submitterKind}
            onChange={setSubmitterKind}
            error={errorFor('submitterKind')?.message}
          />
        )}
        <div className={`field${errorFor('proposal') ? ' field--error' : ''}`}>
          <label htmlFor={fieldId('proposal')}>Treść uwagi / proponowany zapis</label>
          <FieldError error={errorFor('proposal')} id={fieldId('proposal-error')} />
          <textarea
            id={fieldId('proposal')}
            ref={firstField}
            rows={6}
            value={values.proposal}
            aria-describedby={errorFor('proposal') ? fieldId('proposal-error') : undefined}
            aria-invalid={errorFor('proposal') ? true : undefined}
            onChange={(event) => update('proposal', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId('justification')}>Uzasadnienie</label>
          <textarea id={fieldId('justification')} rows={5} value={values.justification} onChange={(event) => update('justification', event.target.value)} />
        </div>
        <div className="remark-dialog__actions">
          <button type="submit" className="button">
            {editing ? 'Zapisz zmiany' : 'Zapisz uwagę'}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {editing ? 'Odrzuć zmiany' : 'Zamknij'}
          </button>
        </div>
        {!editing && (
          <p className="field__hint">
            Tekst zapisuje się na bieżąco w tej przeglądarce; po zamknięciu okna wrócisz do niego przyciskiem „Zgłoś uwagę” przy tym ustępie.
          </p>
        )}
      </form>
    </dialog>
  );
}

/** The message above a field that needs fixing, announced as an error. */
function FieldError({ error, id }: { error: RemarkFormError | undefined; id: string }) {
  if (!error) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Błąd: </span>
      {error.message}
    </p>
  );
}
