/**
 * Text with each known acronym in an `<abbr>` carrying its expansion. The page-wide annotator
 * leaves islands alone (hydration needs the exact markup), so islands explain acronyms themselves.
 */
import { splitAcronyms } from '../lib/acronym-text.ts';

export interface Abbreviation {
  term: string;
  expansion: string;
}

export function Explained({ text, abbreviations }: { text: string; abbreviations: readonly Abbreviation[] }) {
  return (
    <>
      {splitAcronyms(text, abbreviations).map((segment, index) =>
        typeof segment === 'string' ? (
          segment
        ) : (
          <abbr key={index} title={segment.expansion}>
            {segment.term}
          </abbr>
        ),
      )}
    </>
  );
}
