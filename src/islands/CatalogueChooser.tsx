/**
 * "Wybierz elementy", the catalogue side of the course-path builder: a search field, the kinds to
 * show, a sentence saying what the list holds, and the items grouped by page, each with "Dodaj".
 */
import { catalogueItemCount, CATALOGUE_KINDS, type CatalogueItem, type CatalogueKind } from '../lib/link-catalogue.ts';
import type { CataloguePage } from '../lib/link-catalogue-view.ts';
import { ItemKind, itemName } from './path-item-text.tsx';

const KIND_FILTER_LABELS: Record<CatalogueKind, string> = { sekcja: 'Sekcje', krok: 'Kroki modeli', wykres: 'Wykresy' };

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  kinds: readonly CatalogueKind[];
  onToggleKind: (kind: CatalogueKind, checked: boolean) => void;
  /** What the list shows, from `catalogueViewSummary`. */
  summary: string;
  /** How many items the path has, for the link that skips to it. */
  chosenCount: number;
  pages: readonly CataloguePage[];
  /** The item's position in the path, from 1; 0 when it is not there. */
  positionOf: (key: string) => number;
  onAdd: (item: CatalogueItem) => void;
}

export function CatalogueChooser({ query, onQueryChange, kinds, onToggleKind, summary, chosenCount, pages, positionOf, onAdd }: Props) {
  return (
    <section className="path-builder__catalogue" aria-labelledby="wybierz-elementy">
      <h2 id="wybierz-elementy">Wybierz elementy</h2>
      <div className="path-field">
        <label htmlFor="filtr-elementow" className="path-field__label">
          Szukaj sekcji, kroku lub wykresu
        </label>
        <p className="path-field__hint" id="filtr-elementow-podpowiedz">
          Wpisz słowo z tytułu, nazwę strony albo kod kroku, np. MK-M 3. Polskie litery nie są potrzebne.
        </p>
        <input
          id="filtr-elementow"
          type="search"
          value={query}
          aria-describedby="filtr-elementow-podpowiedz"
          autoComplete="off"
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <fieldset className="path-kinds">
        <legend>Pokaż</legend>
        {CATALOGUE_KINDS.map((kind) => (
          <div className="path-kinds__option" key={kind}>
            <input id={`rodzaj-${kind}`} type="checkbox" checked={kinds.includes(kind)} onChange={(event) => onToggleKind(kind, event.target.checked)} />
            <label htmlFor={`rodzaj-${kind}`}>{KIND_FILTER_LABELS[kind]}</label>
          </div>
        ))}
      </fieldset>
      <p className="path-builder__count" aria-live="polite">
        {summary}
      </p>
      <p className="path-builder__skip">
        <a href="#twoja-sciezka">Przejdź do swojej ścieżki ({catalogueItemCount(chosenCount)})</a>
      </p>
      {pages.map((page) => (
        <div className="path-catalogue-page" key={page.pageHref}>
          <h3 className="path-catalogue-page__title">{page.pageTitle}</h3>
          <ul className="path-catalogue-page__items">
            {page.items.map((item) => {
              const position = positionOf(item.key);
              return (
                <li key={item.key} className="path-catalogue-item">
                  <span className="path-catalogue-item__text">
                    <ItemKind item={item} /> {item.title}
                    {position > 0 && <span className="path-catalogue-item__added"> (w ścieżce, pozycja {position})</span>}
                  </span>
                  {position > 0 ? (
                    <button type="button" className="button button--secondary path-button" aria-disabled="true" onClick={() => onAdd(item)}>
                      Dodano<span className="visually-hidden">: {itemName(item)}</span>
                    </button>
                  ) : (
                    <button type="button" className="button path-button" onClick={() => onAdd(item)}>
                      Dodaj<span className="visually-hidden">: {itemName(item)}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
