/**
 * The zestawienie on screen: one table, a group of rows per unit (§, ust.) with its count, each
 * remark with its submitter, wording and justification, and the organiser's position and
 * justification. Remarks chosen with their checkboxes can share one answer. Everything from the
 * forms is rendered as text.
 */
import { answerFor, sharingWith, type Answer, type Review } from '../lib/consultation/review/review.ts';
import type { ParagraphGroup } from '../lib/consultation/review/review-view.ts';
import { remarkPositions, submitterKinds, type RemarkPosition } from '../lib/vocabulary.ts';
import { countPl } from '../lib/plural.ts';

interface Props {
  review: Review;
  groups: ParagraphGroup[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onAnswer: (key: string, changes: Partial<Answer>) => void;
  onSeparate: (key: string) => void;
}

const REMARKS = { one: 'uwaga', few: 'uwagi', many: 'uwag' };

export function ReviewTable({ review, groups, selected, onToggle, onAnswer, onSeparate }: Props) {
  const numberOf = new Map(review.remarks.map((remark, index) => [remark.key, index + 1]));
  return (
    <table className="review-table">
      <caption className="visually-hidden">Uwagi pogrupowane według części dokumentu, ze stanowiskiem i jego uzasadnieniem</caption>
      <thead>
        <tr>
          <th scope="col">Lp.</th>
          <th scope="col">Podmiot zgłaszający</th>
          <th scope="col">Uwaga i jej uzasadnienie</th>
          <th scope="col">Stanowisko i jego uzasadnienie</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.paragraphId}>
          <tr className="review-table__group">
            <th scope="rowgroup" colSpan={4} id={`grupa-${group.paragraphId}`}>
              {group.label}: {countPl(group.remarks.length, REMARKS)}
            </th>
          </tr>
          {group.remarks.map(({ number, remark }) => {
            const answer = answerFor(review, remark.key);
            const shared = sharingWith(review, remark.key);
            const id = `uwaga-${number}`;
            return (
              <tr key={remark.key} id={id}>
                <td>
                  <label className="review-table__choose">
                    <input type="checkbox" checked={selected.has(remark.key)} onChange={() => onToggle(remark.key)} /> {number}
                    <span className="visually-hidden"> – zaznacz uwagę</span>
                  </label>
                </td>
                <td>
                  {remark.submitter || '(nie podano)'}
                  <br />
                  <span className="review-table__kind">{remark.submitterKind ? submitterKinds[remark.submitterKind] : 'rodzaj nie podany'}</span>
                </td>
                <td>
                  <p className="review-table__text">{remark.proposal}</p>
                  {remark.justification !== '' && <p className="review-table__text review-table__justification">Uzasadnienie: {remark.justification}</p>}
                </td>
                <td>
                  <label htmlFor={`${id}-stanowisko`}>
                    Stanowisko<span className="visually-hidden"> do uwagi {number}</span>
                  </label>
                  <select
                    id={`${id}-stanowisko`}
                    value={answer.position ?? ''}
                    onChange={(event) => onAnswer(remark.key, { position: event.target.value === '' ? null : (event.target.value as RemarkPosition) })}
                  >
                    <option value="">— wybierz —</option>
                    {(Object.keys(remarkPositions) as RemarkPosition[]).map((position) => (
                      <option key={position} value={position}>
                        {remarkPositions[position]}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`${id}-uzasadnienie`}>
                    Uzasadnienie stanowiska<span className="visually-hidden"> do uwagi {number}</span>
                  </label>
                  <textarea
                    id={`${id}-uzasadnienie`}
                    rows={3}
                    value={answer.justification}
                    onChange={(event) => onAnswer(remark.key, { justification: event.target.value })}
                  />
                  {shared.length > 0 && (
                    <p className="review-table__shared">
                      Wspólne stanowisko z {shared.length === 1 ? 'uwagą' : 'uwagami'} {shared.map((other) => numberOf.get(other.key)).join(', ')}.{' '}
                      <button type="button" className="link-button" onClick={() => onSeparate(remark.key)}>
                        Osobne stanowisko do uwagi {number}
                      </button>
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
