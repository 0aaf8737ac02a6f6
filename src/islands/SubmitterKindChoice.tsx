/**
 * "Zgłaszam uwagi jako": an organisation or a private person, asked once for every remark. The
 * published consultation report names organisations and shows a private person only as „osoba
 * prywatna”, which the hint says before the reader chooses.
 */
import { submitterKinds, type SubmitterKind } from '../lib/vocabulary.ts';

interface Props {
  /** Prefix of the radio ids, unique on the page. */
  idPrefix: string;
  value: SubmitterKind | null;
  onChange: (kind: SubmitterKind) => void;
  /** The error to show above the choices, if any. */
  error?: string;
}

export function SubmitterKindChoice({ idPrefix, value, onChange, error }: Props) {
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className={`submitter-kind${error ? ' field--error' : ''}`} aria-describedby={error ? `${hintId} ${errorId}` : hintId} id={idPrefix}>
      <legend>Zgłaszam uwagi jako</legend>
      <p className="field__hint" id={hintId}>
        W opublikowanym raporcie z konsultacji organizacje są wymienione z nazwy, a osoba prywatna jest opisana tylko jako „osoba prywatna”.
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Błąd: </span>
          {error}
        </p>
      )}
      {(Object.keys(submitterKinds) as SubmitterKind[]).map((kind) => (
        <label key={kind} className="submitter-kind__option">
          <input type="radio" name={idPrefix} value={kind} checked={value === kind} onChange={() => onChange(kind)} /> {submitterKinds[kind]}
        </label>
      ))}
    </fieldset>
  );
}
