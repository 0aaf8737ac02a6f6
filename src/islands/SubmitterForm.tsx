/** "Podmiot zgłaszający": who submits the remarks, given once for every remark and every document. */

interface Props {
  value: string;
  onChange: (value: string) => void;
  onSave: () => void;
}

export function SubmitterForm({ value, onChange, onSave }: Props) {
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
