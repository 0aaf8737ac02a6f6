import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { checkTranslationCurrent } from './english.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = z.object({ updated: z.date(), english: z.object({ translated: z.date() }).optional() }).superRefine(checkTranslationCurrent);

function problems(updated: string, translated?: string): string[] {
  const result = page.safeParse({ updated: day(updated), ...(translated ? { english: { translated: day(translated) } } : {}) });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(' › ')}: ${issue.message}`);
}

describe('a translation against the Polish page it was written from', () => {
  test('is current when it reflects the Polish page’s last change, or when there is none yet', () => {
    expect(problems('2026-11-23', '2026-11-23')).toEqual([]);
    expect(problems('2026-11-23')).toEqual([]);
  });

  test('is stale when the Polish page changed after it, and says what to do', () => {
    expect(problems('2026-12-01', '2026-11-23')).toEqual([
      'english › translated: tłumaczenie angielskie jest nieaktualne: strona polska zmieniła się 2026-12-01, a tekst angielski uwzględnia stan z 2026-11-23; uzupełnij pola „english” o te zmiany i wpisz w „english › translated” datę 2026-12-01',
    ]);
  });

  test('cannot claim a change the Polish page does not have', () => {
    expect(problems('2026-11-23', '2026-12-01')).toEqual([
      'english › translated: data tłumaczenia (2026-12-01) jest późniejsza niż ostatnia zmiana strony polskiej (2026-11-23); wpisz datę zmiany strony polskiej, którą tłumaczenie uwzględnia',
    ]);
  });
});
