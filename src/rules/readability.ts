/**
 * Easy-to-read pages stay easy to read, and the "W skrócie" leads plain: each text is measured
 * (src/lib/readability.ts) and held to its limits; a problem names the worst sentences and where
 * they are, so the editor knows what to simplify.
 */
import { contentTypes } from '../collections/table.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { EASY_READ_LIMITS, LEAD_LIMITS, formatFigure, limitBreaches, measureReadability, sentencesOf, type ReadabilityLimits } from '../lib/readability.ts';
import { readEntries } from './entries.ts';
import type { Rule } from './types.ts';

/** A piece of an entry's text and where an editor finds it: a field, or a line of the text. */
export interface TextPiece {
  text: string;
  where: string;
}

/** How many of the hardest sentences a problem quotes. */
const WORST_SENTENCES = 3;

/** The sentences that weigh most on the figures: by their own FOG-PL, with where each is. */
function worstSentences(pieces: readonly TextPiece[]): string {
  const sentences = pieces.flatMap((piece, pieceIndex) =>
    sentencesOf(piece.text).map((sentence, index) => ({
      sentence,
      where: piece.where,
      fogPl: measureReadability(sentence).fogPl,
      order: pieceIndex * 1000 + index,
    })),
  );
  return sentences
    .sort((a, b) => b.fogPl - a.fogPl || a.order - b.order)
    .slice(0, WORST_SENTENCES)
    .map(({ sentence, where, fogPl }) => `„${sentence}” (${where}, FOG-PL ${formatFigure(fogPl)})`)
    .join('; ');
}

/** The problem of a text that breaks its limits, or undefined when it keeps them. */
export function readabilityProblem(file: string, field: string, pieces: readonly TextPiece[], limits: ReadabilityLimits): ContentProblem | undefined {
  const breaches = limitBreaches(measureReadability(pieces.map((piece) => piece.text).join('\n')), limits);
  if (breaches.length === 0) return undefined;
  return { file, field, message: `${breaches.join('; ')}. Najtrudniejsze zdania: ${worstSentences(pieces)}` };
}

interface Titled {
  title?: unknown;
  description?: unknown;
  inBrief?: unknown;
}

export const readability: Rule = {
  name: 'readability',
  check(input) {
    const problems: ContentProblem[] = [];
    for (const entry of readEntries(input)) {
      const data = entry.data as Titled;
      if (contentTypes[entry.type].readingLevel === 'easy-read') {
        const pieces: TextPiece[] = [
          ...(['title', 'description'] as const).flatMap((field) => (typeof data[field] === 'string' ? [{ text: data[field], where: `pole ${field}` }] : [])),
          ...(entry.body?.prose ?? []).map((prose) => ({ text: prose.text, where: `wiersz ${prose.line}` })),
        ];
        const problem = readabilityProblem(entry.file, 'tekst łatwy do czytania', pieces, EASY_READ_LIMITS);
        if (problem) problems.push(problem);
      }
      if (typeof data.inBrief === 'string') {
        const problem = readabilityProblem(entry.file, 'inBrief', [{ text: data.inBrief, where: 'pole inBrief' }], LEAD_LIMITS);
        if (problem) problems.push(problem);
      }
    }
    return { problems };
  },
};
