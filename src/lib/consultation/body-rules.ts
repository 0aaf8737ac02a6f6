/**
 * What the text of a guidance document may hold, so every block gets a citable number: `##`
 * headings (§) and, under them, paragraphs and lists (ust.). Checked before the build, with the
 * line of the file, because the numbering itself happens deep inside the Markdown pipeline.
 */

export interface BodyProblem {
  /** Line number in the file. */
  line: number;
  message: string;
}

const HEADING = /^(#{1,6})\s/;
const FENCE = /^(```|~~~)/;

export function checkGuideBody(body: string, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let seenSection = false;
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(/\r$/, '');
    const lineNumber = firstLine + index;
    if (line.trim() === '') return;
    const heading = HEADING.exec(line);
    if (heading) {
      if (heading[1]!.length !== 2) {
        problems.push({
          line: lineNumber,
          message: `nagłówek stopnia ${heading[1]!.length}: w dokumencie do konsultacji są tylko nagłówki „## …” (każdy to kolejny paragraf §), a tytuł strony pochodzi z pola „title”`,
        });
      }
      seenSection = true;
      return;
    }
    if (!seenSection) {
      problems.push({
        line: lineNumber,
        message: 'tekst przed pierwszym nagłówkiem „## …”: każdy ustęp musi należeć do paragrafu (§), więc treść zaczyna się od nagłówka drugiego stopnia',
      });
      seenSection = true;
      return;
    }
    if (/^\s{0,3}>/.test(line)) {
      problems.push({ line: lineNumber, message: 'cytat blokowy („> …”) nie jest dozwolony w dokumencie do konsultacji; napisz zwykły akapit' });
    } else if (/^\s{0,3}\|/.test(line)) {
      problems.push({
        line: lineNumber,
        message: 'tabela nie jest dozwolona w dokumencie do konsultacji: uwagi odnoszą się do ustępów tekstu; opisz to akapitem albo listą',
      });
    } else if (FENCE.test(line.trim())) {
      problems.push({ line: lineNumber, message: 'blok kodu nie jest dozwolony w dokumencie do konsultacji' });
    } else if (/^\s*<(?!Cite\b)[A-Za-z]/.test(line)) {
      problems.push({
        line: lineNumber,
        message:
          'znacznik HTML lub komponent na początku wiersza nie jest dozwolony w dokumencie do konsultacji; dozwolone jest tylko <Cite source="…" /> wewnątrz akapitu',
      });
    }
  });
  return problems;
}
