const rules = new Intl.PluralRules('pl-PL');

/** Polish noun form for a count: 1 projekt, 2 projekty, 5 projektów, 22 projekty. */
export function pluralPl(count: number, forms: { one: string; few: string; many: string }): string {
  const category = rules.select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  return forms.many;
}

/** The count followed by the right form: "3 błędy". */
export function countPl(count: number, forms: { one: string; few: string; many: string }): string {
  return `${count} ${pluralPl(count, forms)}`;
}
