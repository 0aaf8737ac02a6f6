/**
 * Summaries of the sections of an entry page for the link catalogue: the first paragraph under
 * each heading as plain text, cut to whole sentences so a figure keeps the citation after it.
 */
import { searchKey } from './search-text.ts';

/** A heading as `render(entry)` reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Turns a source id of `<Cite source="…" />` into the text the page shows, e.g. "(źródło: …)". */
export type CitationText = (sourceId: string) => string | undefined;

const SUMMARY_LIMIT = 240;

/**
 * The first paragraph under each `##` and `###` heading of an MDX body, as plain text, keyed by
 * the heading's id. Headings are paired with the rendered ones by position and checked by text;
 * a section whose first block is a list, a table or a component other than `<Cite />`, or whose
 * heading does not pair up, gets no summary rather than a wrong one.
 */
export function sectionSummaries(body: string, headings: readonly RenderedHeading[], citation: CitationText): Map<string, string> {
  const rendered = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  const written = bodySections(body);
  const summaries = new Map<string, string>();
  rendered.forEach((heading, index) => {
    const section = written[index];
    if (!section || section.depth !== heading.depth || comparable(plainInline(section.heading, citation) ?? '') !== comparable(heading.text)) return;
    const paragraph = section.firstBlock === undefined ? undefined : plainInline(section.firstBlock, citation);
    const summary = paragraph && paragraphSummary(paragraph);
    if (summary) summaries.set(heading.slug, summary);
  });
  return summaries;
}

interface WrittenSection {
  depth: number;
  heading: string;
  /** The first block after the heading when it is a paragraph; undefined otherwise. */
  firstBlock?: string | undefined;
}

function bodySections(body: string): WrittenSection[] {
  const sections: WrittenSection[] = [];
  const lines = body.split(/\r?\n/);
  let fence: string | undefined;
  let current: WrittenSection | undefined;
  let collecting: string[] | undefined;
  const finishParagraph = () => {
    if (current && collecting) current.firstBlock = collecting.join(' ');
    collecting = undefined;
  };
  for (const line of lines) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1] === fence) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      finishParagraph();
      fence = fenceMatch[1];
      if (current) current = undefined;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      finishParagraph();
      current = { depth: heading[1]!.length, heading: heading[2]! };
      if (current.depth === 2 || current.depth === 3) sections.push(current);
      else current = undefined;
      continue;
    }
    if (collecting) {
      if (line.trim() === '') finishParagraph();
      else collecting.push(line.trim());
      continue;
    }
    if (!current || current.firstBlock !== undefined || line.trim() === '') continue;
    // Only a plain paragraph makes a summary: lists, quotes, tables and components do not.
    if (/^\s*([-*+>|<{]|\d+[.)]\s|import\s|export\s)/.test(line)) {
      current.firstBlock = '';
      current = undefined;
      continue;
    }
    collecting = [line.trim()];
  }
  finishParagraph();
  return sections;
}

/**
 * Inline Markdown as plain text: links keep their text, emphasis and code marks go, `<Cite />`
 * becomes its citation text. Undefined when anything else (a component, an expression, HTML) is
 * in the way, because its text cannot be known without rendering.
 */
function plainInline(markdown: string, citation: CitationText): string | undefined {
  let unknownMarkup = false;
  let text = markdown.replace(/<Cite\s+source=["']([^"']+)["']\s*\/>/g, (_match, source: string) => {
    const cited = citation(source);
    if (cited === undefined) unknownMarkup = true;
    return cited ?? '';
  });
  if (unknownMarkup || /[<{}]/.test(text)) return undefined;
  text = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

function comparable(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]+/g, '');
}

/**
 * A section's first paragraph as its summary, or nothing: a paragraph ending in a colon only
 * introduces the list after it, and one cut inside a sentence could lose the citation that
 * names the source of a figure.
 */
export function paragraphSummary(paragraph: string): string | undefined {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text === '' || text.endsWith(':')) return undefined;
  const summary = shortSummary(text);
  if (summary.endsWith('…') && text.includes(CITATION_MARK)) return undefined;
  return summary;
}

/** How a citation starts in text, as `<Cite />` renders it. */
export const CITATION_MARK = '(źródło:';

/** Full stops after these Polish abbreviations do not end a sentence: "2021 r. Lokalny…", "ul. Żużlowa". */
const SENTENCE_END = /(?<!(?:^|[\s(.])(?:r|ul|nr|np|tj|ok|tzw|godz|tel|im|św|in|art|ust|pkt|poz|zob|ang|wg|m))[.!?…](?=\s+[\p{Lu}\d„"(])/gu;

/** Sentences of a paragraph, each with its closing punctuation. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * At most about 240 characters: as many whole sentences as fit, so a figure keeps the citation
 * that follows it; only a first sentence longer than that is cut at a word, with an ellipsis.
 */
export function shortSummary(text: string, limit = SUMMARY_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (Array.from(clean).length <= limit) return clean;
  const sentences = sentencesOf(clean);
  let summary = '';
  for (const sentence of sentences) {
    const joined = summary ? `${summary} ${sentence}` : sentence;
    if (Array.from(joined).length > limit) break;
    summary = joined;
  }
  if (summary) return summary;
  const cut = Array.from(clean).slice(0, limit).join('');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
