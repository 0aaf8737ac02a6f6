/**
 * Where a reader stands in a consultation period, by the calendar in Poland: a static page is
 * built once, so whether the period has begun or ended is decided in the reader's browser.
 */
import { formatDatePl } from '../dates.ts';

export type ConsultationPhase = 'before' | 'open' | 'closed';

/** The calendar day in Warsaw as `RRRR-MM-DD`, whatever the reader's own time zone. */
export function warsawDay(moment: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** `from` and `to` are the first and last day (`RRRR-MM-DD`), both inclusive. */
export function consultationPhase(period: { from: string; to: string }, now: Date): ConsultationPhase {
  const today = warsawDay(now);
  if (today < period.from) return 'before';
  if (today > period.to) return 'closed';
  return 'open';
}

/** What the remarks panel says before the period and after it; nothing while it is open. */
export function phaseNotice(phase: ConsultationPhase, period: { from: string; to: string }): string | null {
  const day = (iso: string) => formatDatePl(new Date(`${iso}T00:00:00Z`));
  if (phase === 'before') return `Konsultacje zaczną się ${day(period.from)}. Uwagi możesz już zapisywać; wyślij je w czasie konsultacji.`;
  if (phase === 'closed')
    return `Konsultacje zakończyły się ${day(period.to)}: do tej wersji nie można już zgłaszać uwag. Uwagi zapisane wcześniej w tej przeglądarce możesz nadal pobrać.`;
  return null;
}
