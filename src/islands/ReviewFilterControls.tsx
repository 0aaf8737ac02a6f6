/** Filters of the zestawienie: by unit (§, ust.) and by submitter, each choice with its number of remarks. */
import type { Review } from '../lib/consultation/review/review.ts';
import { paragraphOptions, submitterOptions, type ReviewFilters } from '../lib/consultation/review/review-view.ts';

interface Props {
  review: Review;
  filters: ReviewFilters;
  onChange: (filters: ReviewFilters) => void;
}

export function ReviewFilterControls({ review, filters, onChange }: Props) {
  return (
    <div className="review-filters">
      <div className="field">
        <label htmlFor="filtr-ustep">Część dokumentu</label>
        <select id="filtr-ustep" value={filters.paragraph} onChange={(event) => onChange({ ...filters, paragraph: event.target.value })}>
          <option value="">wszystkie ({review.remarks.length})</option>
          {paragraphOptions(review).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filtr-podmiot">Podmiot zgłaszający</label>
        <select id="filtr-podmiot" value={filters.submitter} onChange={(event) => onChange({ ...filters, submitter: event.target.value })}>
          <option value="">wszyscy ({review.remarks.length})</option>
          {submitterOptions(review).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.count})
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
