/** Remarks in the order of the document they are about, as the panel lists them and the CSV form numbers them. */
import { parseParagraphId } from './paragraphs.ts';
import type { Remark } from './remark.ts';

/** Where a unit stands in the document, from its id `p-<section>-<unit>`; unknown ids go last. */
function position(paragraphId: string): [number, number] {
  const parsed = parseParagraphId(paragraphId);
  return parsed ? [parsed.section, parsed.unit] : [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
}

/** Remarks in document order: by section, then unit, then oldest first (those without a time keep their order). Returns a new array. */
export function inDocumentOrder<T extends Pick<Remark, 'paragraphId'> & { createdAt?: string }>(remarks: readonly T[]): T[] {
  return remarks
    .map((remark, index) => ({ remark, index, at: position(remark.paragraphId) }))
    .sort(
      (a, b) =>
        compareNumbers(a.at[0], b.at[0]) ||
        compareNumbers(a.at[1], b.at[1]) ||
        compareText(a.remark.createdAt ?? '', b.remark.createdAt ?? '') ||
        a.index - b.index,
    )
    .map(({ remark }) => remark);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
