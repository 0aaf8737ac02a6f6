/**
 * The report of `npm run readability`: every page with its readability figures, hardest first
 * (by FOG-PL), and its three longest sentences, so editors see where to simplify.
 */
import { countPl } from '../../src/lib/plural.ts';
import { formatFigure, longestSentences, measureReadability, type Readability } from '../../src/lib/readability.ts';

export interface PageText {
  /** The page's address, e.g. `/modele/model-kooperacji-dla-miast/`. */
  path: string;
  /** What a reader reads on it, one block a line. */
  text: string;
}

const LONGEST = 3;

function figuresLine(figures: Readability): string {
  return [
    `FOG-PL ${formatFigure(figures.fogPl)}`,
    `Pisarek ${formatFigure(figures.pisarek)}`,
    `${formatFigure(figures.wordsPerSentence)} słowa w zdaniu`,
    `trudne słowa ${formatFigure(100 * figures.hardWordShare)}%`,
    `${countPl(figures.words, { one: 'słowo', few: 'słowa', many: 'słów' })}, ${countPl(figures.sentences, { one: 'zdanie', few: 'zdania', many: 'zdań' })}`,
  ].join(' · ');
}

/** The report's lines: pages without words are left out; ties keep the pages' order by address. */
export function readabilityReport(pages: readonly PageText[]): string[] {
  const measured = pages
    .map((page) => ({ ...page, figures: measureReadability(page.text) }))
    .filter((page) => page.figures.words > 0)
    .sort((a, b) => b.figures.fogPl - a.figures.fogPl || a.path.localeCompare(b.path));
  return measured.flatMap((page) => [
    `${page.path}`,
    `  ${figuresLine(page.figures)}`,
    ...longestSentences(page.text, LONGEST).map(({ sentence, words }) => `  – (${words}) ${sentence}`),
  ]);
}
