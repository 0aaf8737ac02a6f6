import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblemReport } from '../lib/editor-errors.ts';
import { draftsIncluded } from '../lib/publication.ts';
import { validateContent, type ValidatedEntry } from './content-validator.ts';

export interface ContentValidationOptions {
  /** Receives the entries read, so other parts of the build need not read `content/` again. */
  onEntries?: (entries: readonly ValidatedEntry[]) => void;
}

/**
 * Validates `content/` before Astro starts: a build stops with the full list of problems before
 * anything is written to `dist/`; the dev server reports them and keeps running so they can be fixed.
 */
export function contentValidation({ onEntries }: ContentValidationOptions = {}): AstroIntegration {
  return {
    name: 'kb:content-validation',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { entries, problems } = validateContent(fileURLToPath(config.root), { includeDrafts: draftsIncluded(process.env) });
        onEntries?.(entries);
        if (problems.length === 0) return;
        if (command === 'dev') {
          logger.error(formatProblemReport(problems));
          return;
        }
        // Astro prints a user error as message and hint, without a stack trace the editor does not need.
        throw new AstroError(
          formatProblemReport(problems),
          'Popraw wskazane pliki i uruchom budowanie ponownie; szybciej sprawdzisz treść poleceniem: npm run validate',
        );
      },
    },
  };
}
