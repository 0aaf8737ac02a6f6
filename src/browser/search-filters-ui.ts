/** The filter checkboxes of the search page: one fieldset per filter, values with their counts. */
import { SEARCH_FILTER_LABELS, SEARCH_FILTER_NAMES, type SearchFilterName } from '../lib/search-facets.ts';
import type { SelectedFilters } from '../lib/search-params.ts';
import { documentStatuses } from '../lib/vocabulary.ts';

const TYPE_ORDER = ['projekt', 'model', 'program', 'szkolenie', 'kurs', 'instytucja', 'miejsce', 'pojęcie', 'wskaźnik', 'dokument', 'dokument źródłowy'];
const STATUS_ORDER: string[] = Object.values(documentStatuses);
const polishOrder = new Intl.Collator('pl-PL');

function orderValues(name: SearchFilterName, values: Iterable<string>): string[] {
  const order = name === 'typ' ? TYPE_ORDER : name === 'status' ? STATUS_ORDER : undefined;
  return [...new Set(values)].sort((a, b) => {
    if (order) {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      if (ia !== ib) return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
    }
    return polishOrder.compare(a, b);
  });
}

export type Counts = Record<SearchFilterName, Record<string, number>>;

/**
 * (Re)draws the fieldsets. `known` holds every value in the index, so the choices stay put while
 * counts change; focus stays on the checkbox the reader just used.
 */
export function renderFilters(container: HTMLElement, known: Counts, counts: Counts, selected: SelectedFilters): void {
  const active = document.activeElement;
  const focusKey = active instanceof HTMLInputElement && container.contains(active) ? `${active.name}=${active.value}` : undefined;
  const fieldsets = SEARCH_FILTER_NAMES.map((name) => {
    const chosen = selected[name] ?? [];
    const values = orderValues(name, [...Object.keys(known[name]), ...chosen]);
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    const legend = document.createElement('legend');
    legend.textContent = SEARCH_FILTER_LABELS[name];
    fieldset.append(legend);
    const list = document.createElement('ul');
    list.className = 'search-filter__list';
    values.forEach((value, index) => {
      const item = document.createElement('li');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = value;
      input.id = `filtr-${name}-${index}`;
      input.checked = chosen.includes(value);
      const label = document.createElement('label');
      label.htmlFor = input.id;
      const count = counts[name][value] ?? 0;
      label.append(value, ' ');
      const countText = document.createElement('span');
      countText.className = 'search-filter__count';
      countText.textContent = `(${count})`;
      label.append(countText);
      item.append(input, label);
      list.append(item);
    });
    fieldset.append(list);
    return fieldset;
  });
  container.replaceChildren(...fieldsets);
  if (focusKey) {
    const [name, value] = focusKey.split(/=(.*)/s);
    [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((input) => input.name === name && input.value === value)?.focus();
  }
}

/** The checked values, read back from the form. */
export function readFilters(container: HTMLElement): SelectedFilters {
  const selected: SelectedFilters = {};
  for (const input of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    const name = input.name as SearchFilterName;
    if (!SEARCH_FILTER_NAMES.includes(name)) continue;
    (selected[name] ??= []).push(input.value);
  }
  return selected;
}
