/**
 * Where a reader stands in a consultation period, by the calendar in Poland. A static page is
 * built once: the build decides by its own day, and the reader's browser decides again by the
 * later of that day and its own, so a period that ends after the build closes without a rebuild.
 */
import { formatDatePl } from '../dates.ts';

export type ConsultationPhase = 'before' | 'open' | 'closed';

/** The calendar day in Warsaw as `RRRR-MM-DD`, whatever the reader's own time zone. */
export function warsawDay(moment: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** `from` and `to` are the first and last day (`RRRR-MM-DD`), both inclusive; so is `today`. */
export function phaseOnDay(period: { from: string; to: string }, today: string): ConsultationPhase {
  if (today < period.from) return 'before';
  if (today > period.to) return 'closed';
  return 'open';
}

export function consultationPhase(period: { from: string; to: string }, now: Date): ConsultationPhase {
  return phaseOnDay(period, warsawDay(now));
}

/** The phase in the reader's browser: never earlier than on the day the page was built (a clock set back does not reopen it). */
export function readerPhase(period: { from: string; to: string }, now: Date, builtOn: string): ConsultationPhase {
  const readerDay = warsawDay(now);
  return phaseOnDay(period, readerDay > builtOn ? readerDay : builtOn);
}

/** What the remarks panel says before the period and after it; nothing while it is open. */
export function phaseNotice(phase: ConsultationPhase, period: { from: string; to: string }): string | null {
  const day = (iso: string) => formatDatePl(new Date(`${iso}T00:00:00Z`));
  if (phase === 'before') return `Konsultacje zaczną się ${day(period.from)}. Uwagi możesz już zapisywać; wyślij je w czasie konsultacji.`;
  if (phase === 'closed')
    return `Konsultacje zakończyły się ${day(period.to)}: do tej wersji nie można już zgłaszać uwag. Uwagi zapisane wcześniej w tej przeglądarce możesz nadal pobrać.`;
  return null;
}
