/**
 * What makes two received remarks the same: the same submitter, of the same kind, on the same
 * unit, with the same words. Line ends and spaces at either end do not count, since a spreadsheet
 * round trip may change them. The key is a short hash (../../hash53.ts), so the organiser's saved
 * work stays small; collisions among one consultation's remarks are negligible.
 */
import { hash53 } from '../../hash53.ts';
import type { SubmitterKind } from '../../vocabulary.ts';

export interface RemarkIdentity {
  submitter: string;
  submitterKind: SubmitterKind | null;
  paragraphId: string;
  proposal: string;
  justification: string;
}

const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();

export function remarkKey(remark: RemarkIdentity): string {
  const parts = [remark.submitter, remark.submitterKind ?? '', remark.paragraphId, remark.proposal, remark.justification].map(normalise);
  return `u-${hash53(JSON.stringify(parts)).toString(36)}`;
}
