/**
 * What makes two received remarks the same: the same submitter, of the same kind, on the same
 * unit, with the same words. Line ends and spaces at either end do not count, since a spreadsheet
 * round trip may change them. The key is a short hash, so the organiser's saved work stays small.
 */
import type { SubmitterKind } from '../../vocabulary.ts';

export interface RemarkIdentity {
  submitter: string;
  submitterKind: SubmitterKind | null;
  paragraphId: string;
  proposal: string;
  justification: string;
}

const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** cyrb53: a fast 53-bit string hash; collisions among a consultation's remarks are negligible. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function remarkKey(remark: RemarkIdentity): string {
  const parts = [remark.submitter, remark.submitterKind ?? '', remark.paragraphId, remark.proposal, remark.justification].map(normalise);
  return `u-${hash53(JSON.stringify(parts))}`;
}
