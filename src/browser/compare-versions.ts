/**
 * The version chooser on a comparison page: two lists and a button that open the comparison of
 * the chosen pair (older first, whichever order they were picked in). Hidden without JavaScript,
 * where the list of every pair does the same job.
 */
export function enhanceCompareForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  if (!form) return;
  const error = form.querySelector<HTMLElement>('[data-compare-error]')!;
  const template = form.dataset.hrefTemplate!;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = Number((form.elements.namedItem('od') as HTMLSelectElement).value);
    const second = Number((form.elements.namedItem('do') as HTMLSelectElement).value);
    if (first === second) {
      error.textContent = 'Wybierz dwie różne wersje.';
      return;
    }
    error.textContent = '';
    const [older, newer] = first < second ? [first, second] : [second, first];
    window.location.assign(template.replace('{od}', String(older)).replace('{do}', String(newer)));
  });
}
