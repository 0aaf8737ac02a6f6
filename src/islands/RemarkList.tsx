/**
 * The reader's remarks to this version, each with the unit's current wording, the proposal and the
 * justification, and buttons to edit it or remove it (after a "Tak, usuń" confirmation). Every
 * text is rendered as text.
 */
import type { Remark } from '../lib/consultation/remark.ts';

interface Props {
  remarks: readonly Remark[];
  /** The id of the remark whose removal is being confirmed, if any. */
  confirming: string | null;
  onEdit: (remark: Remark, opener: HTMLButtonElement) => void;
  onConfirmRemove: (remark: Remark | null) => void;
  onRemove: (remark: Remark) => void;
}

export function RemarkList({ remarks, confirming, onEdit, onConfirmRemove, onRemove }: Props) {
  return (
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
              <button type="button" className="button" onClick={() => onRemove(remark)}>
                Tak, usuń<span className="visually-hidden"> uwagę do {remark.paragraphLabel}</span>
              </button>
              <button type="button" className="button button--secondary" onClick={() => onConfirmRemove(null)}>
                Nie
              </button>
            </div>
          ) : (
            <div className="remark__actions">
              <button type="button" className="button button--secondary" onClick={(event) => onEdit(remark, event.currentTarget)}>
                Edytuj<span className="visually-hidden"> uwagę do {remark.paragraphLabel}</span>
              </button>
              <button type="button" className="button button--secondary" onClick={() => onConfirmRemove(remark)}>
                Usuń<span className="visually-hidden"> uwagę do {remark.paragraphLabel}</span>
              </button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
