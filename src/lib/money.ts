/** Money amounts in złoty, exact to the grosz. Sources give them in Polish notation ("16 607 151,36 zł"). */

export type MoneyParseResult = { ok: true; value: number } | { ok: false; reason: string };

const POLISH_NOTATION = /^\d{1,3}(?:[  ]\d{3})*(?:,\d{2})?$/;
const PLAIN_NOTATION = /^\d+(?:\.\d{1,2})?$/;

/**
 * Accepts a number (16607151.36) or a string in the notation of the sources ("16 607 151,36").
 * Rejects negative amounts and fractions of a grosz instead of rounding them away.
 */
export function parseMoney(input: unknown): MoneyParseResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'to nie jest liczba' };
    if (input < 0) return { ok: false, reason: 'kwota nie może być ujemna' };
    if (Math.abs(input * 100 - Math.round(input * 100)) > 1e-6) {
      return { ok: false, reason: 'kwota ma więcej niż dwa miejsca po przecinku (grosze)' };
    }
    return { ok: true, value: Math.round(input * 100) / 100 };
  }
  if (typeof input === 'string') {
    const text = input.trim().replace(/\s*(zł|PLN)$/i, '');
    if (text.startsWith('-')) return { ok: false, reason: 'kwota nie może być ujemna' };
    if (POLISH_NOTATION.test(text)) return { ok: true, value: Number(text.replace(/[  ]/g, '').replace(',', '.')) };
    if (PLAIN_NOTATION.test(text)) return { ok: true, value: Number(text) };
    return { ok: false, reason: 'zapis kwoty nie jest rozpoznawalny' };
  }
  return { ok: false, reason: 'kwota musi być liczbą' };
}

const polishCurrency = new Intl.NumberFormat('pl-PL', {
  style: 'currency',
  currency: 'PLN',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "16 607 151,36 zł", with non-breaking spaces so an amount never wraps across lines. */
export function formatMoneyPl(value: number): string {
  return polishCurrency.format(value);
}

const englishCurrency = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'PLN',
  currencyDisplay: 'code',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "PLN 16,607,151.36": the same amount to the grosz, written for English readers. */
export function formatMoneyEn(value: number): string {
  // Intl puts a non-breaking space after the code, so an amount never wraps across lines.
  return englishCurrency.format(value);
}

/** Złoty with grosze as a number → whole grosze, so sums and differences stay exact. */
export function toGrosze(zloty: number): number {
  return Math.round(zloty * 100);
}

export function toZloty(grosze: number): number {
  return grosze / 100;
}
