/**
 * What the organiser's table shows: the remarks that pass the filters (by unit, by submitter),
 * grouped by unit in document order, each with its number in the whole zestawienie, and the
 * choices the filters offer, with how many remarks each has.
 */
import type { ReceivedRemark } from './received-form.ts';
import type { Review } from './review.ts';

export interface ReviewFilters {
  /** A unit's id, or '' for every unit. */
  paragraph: string;
  /** A submitter as written in the forms, or '' for everyone. */
  submitter: string;
}

export interface NumberedRemark {
  /** Its "Lp." in the zestawienie, counted over every remark, not only those shown. */
  number: number;
  remark: ReceivedRemark;
}

export interface ParagraphGroup {
  paragraphId: string;
  label: string;
  remarks: NumberedRemark[];
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export function visibleGroups(review: Review, filters: ReviewFilters): ParagraphGroup[] {
  const groups: ParagraphGroup[] = [];
  review.remarks.forEach((remark, index) => {
    if (filters.paragraph !== '' && remark.paragraphId !== filters.paragraph) return;
    if (filters.submitter !== '' && remark.submitter !== filters.submitter) return;
    let group = groups[groups.length - 1];
    if (group?.paragraphId !== remark.paragraphId) {
      group = { paragraphId: remark.paragraphId, label: remark.paragraphLabel, remarks: [] };
      groups.push(group);
    }
    group.remarks.push({ number: index + 1, remark });
  });
  return groups;
}

function countBy(remarks: readonly ReceivedRemark[], value: (remark: ReceivedRemark) => string, label: (remark: ReceivedRemark) => string): FilterOption[] {
  const options = new Map<string, FilterOption>();
  for (const remark of remarks) {
    const key = value(remark);
    const option = options.get(key) ?? { value: key, label: label(remark), count: 0 };
    option.count += 1;
    options.set(key, option);
  }
  return [...options.values()];
}

/** Units with remarks, in document order. */
export function paragraphOptions(review: Review): FilterOption[] {
  return countBy(
    review.remarks,
    (remark) => remark.paragraphId,
    (remark) => remark.paragraphLabel,
  );
}

/** Submitters, in Polish alphabetical order; one who gave no name is „(nie podano)”. */
export function submitterOptions(review: Review): FilterOption[] {
  return countBy(
    review.remarks,
    (remark) => remark.submitter,
    (remark) => remark.submitter || '(nie podano)',
  ).sort((a, b) => a.label.localeCompare(b.label, 'pl-PL'));
}
