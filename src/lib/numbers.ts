/** Numbers and indicator values written the Polish way. */
import { pluralPl } from './plural.ts';

const polishNumber = new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 2 });

/** "1 234,5": non-breaking space for thousands, comma for decimals. */
export function formatNumberPl(value: number): string {
  return polishNumber.format(value);
}

export type IndicatorUnit = 'osoby' | '%';

/** "789 osób", "1 osoba", "50%". */
export function formatIndicatorValue(value: number, unit: IndicatorUnit): string {
  if (unit === '%') return `${formatNumberPl(value)}%`;
  return `${formatNumberPl(value)} ${pluralPl(value, { one: 'osoba', few: 'osoby', many: 'osób' })}`;
}
