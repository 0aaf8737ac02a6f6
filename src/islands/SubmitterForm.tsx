/** "Podmiot zgłaszający": who submits the remarks, and as whom, given once for every remark and every document. */
import type { SubmitterKind } from '../lib/vocabulary.ts';
import { SubmitterKindChoice } from './SubmitterKindChoice.tsx';

interface Props {
  value: string;
  kind: SubmitterKind | null;
  onChange: (value: string) => void;
  onKindChange: (kind: SubmitterKind) => void;
  onSave: () => void;
}

export function SubmitterForm({ value, kind, onChange, onKindChange, onSave }: Props) {
  return (
    <form
      className="remarks__submitter"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <label htmlFor="podmiot-zglaszajacy">Podmiot zgłaszający</label>
      <p className="field__hint" id="podmiot-zglaszajacy-hint">
        Imię i nazwisko albo nazwa instytucji; trafia do kolumny „Podmiot zgłaszający” przy każdej uwadze.
      </p>
      <SubmitterKindChoice idPrefix="rodzaj-podmiotu" value={kind} onChange={onKindChange} />
      <div className="remarks__submitter-row">
        <input
          id="podmiot-zglaszajacy"
          type="text"
          autoComplete="organization"
          aria-describedby="podmiot-zglaszajacy-hint"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Zapisz
        </button>
      </div>
    </form>
  );
}
