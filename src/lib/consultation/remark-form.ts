/**
 * What the remark form needs before it saves: something in "Treść uwagi / proponowany zapis" and,
 * once for all remarks, who submits them. Messages in the GOV.UK error-summary style: each says
 * what to do, and names the field it belongs to.
 */
import { countPl } from '../plural.ts';
import type { SubmitterKind } from '../vocabulary.ts';

export interface RemarkFormInput {
  submitter: string;
  submitterKind: SubmitterKind | null;
  proposal: string;
}

export type RemarkFormField = 'submitter' | 'submitterKind' | 'proposal';

export interface RemarkFormError {
  field: RemarkFormField;
  message: string;
}

export function validateRemarkForm(input: RemarkFormInput): RemarkFormError[] {
  const errors: RemarkFormError[] = [];
  if (input.submitter.trim() === '') {
    errors.push({ field: 'submitter', message: 'Podaj podmiot zgłaszający: imię i nazwisko albo nazwę instytucji' });
  }
  if (input.submitterKind === null) {
    errors.push({ field: 'submitterKind', message: 'Wybierz, czy zgłaszasz uwagi jako organizacja, czy jako osoba prywatna' });
  }
  if (input.proposal.trim() === '') {
    errors.push({ field: 'proposal', message: 'Wpisz treść uwagi albo proponowany zapis' });
  }
  return errors;
}

// Accusative, as every sentence that counts them says "Masz …".
const REMARK_FORMS = { one: 'uwagę', few: 'uwagi', many: 'uwag' };

/** "1 uwagę", "3 uwagi", "5 uwag" (after "Masz"). */
export function remarkCount(count: number): string {
  return countPl(count, REMARK_FORMS);
}
