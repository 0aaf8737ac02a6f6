/**
 * The course-path builder. Until the catalogue has loaded (and for good without JavaScript) the
 * page shows the plain form that lists the items with a checkbox; then the island hides that
 * form and a trainer filters the catalogue, adds items, orders them, names the path and copies
 * its address. Like the form, the unfiltered list leaves out the sections of per-gmina pages
 * (thousands on a grown site); typing searches the whole catalogue, drawing the first matches. The builder's own address follows the selection, so reloading or "Edytuj
 * ścieżkę" keeps it. The form stays outside the island so the page's acronyms are explained in
 * it like anywhere else.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  addToPath,
  coursePathAddress,
  coursePathBuilderAddress,
  decodeCoursePath,
  MAX_COURSE_PATH_ITEMS,
  MAX_COURSE_PATH_TITLE_LENGTH,
  moveInPath,
  removeFromPath,
  resolveCoursePath,
  type CoursePathProblem,
} from '../lib/course-path.ts';
import { catalogueItemCount, catalogueItemKind, CATALOGUE_KINDS, type CatalogueItem, type CatalogueKind } from '../lib/link-catalogue.ts';
import { catalogueView, catalogueViewSummary, groupByPage, itemsFoundByFilterOnly } from '../lib/link-catalogue-view.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { PathProblems } from './PathProblems.tsx';

interface Props {
  catalogueHref: string;
  /** Id of the plain form the builder replaces once it can work. */
  plainFormId: string;
}

const KIND_FILTER_LABELS: Record<CatalogueKind, string> = { sekcja: 'Sekcje', krok: 'Kroki modeli', wykres: 'Wykresy' };

type Control = 'up' | 'down' | 'remove';

/** How a button names its item: the same heading ("Najważniejsze informacje") is on many pages. */
function itemName(item: CatalogueItem): string {
  return `${item.title} (${item.pageTitle})`;
}

/** Where focus goes after the list changes: a control of an item, or the list's heading. */
type FocusTarget = { key: string; control: Control; fallback?: Control } | { heading: true };

export default function CoursePathBuilder({ catalogueHref, plainFormId }: Props) {
  const [catalogue, setCatalogue] = useState<CatalogueItem[] | undefined>(undefined);
  const [keys, setKeys] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [query, setQuery] = useState('');
  const [kinds, setKinds] = useState<CatalogueKind[]>([...CATALOGUE_KINDS]);
  const [preloadProblems, setPreloadProblems] = useState<CoursePathProblem[]>([]);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const [copyNote, setCopyNote] = useState('');
  const [origin, setOrigin] = useState('');
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const pathHeading = useRef<HTMLHeadingElement>(null);
  const addressField = useRef<HTMLInputElement>(null);
  const pendingFocus = useRef<FocusTarget | undefined>(undefined);

  const announce = (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 }));

  useEffect(() => {
    setOrigin(location.origin);
    const preloaded = decodeCoursePath(location.search);
    let cancelled = false;
    loadCatalogue(catalogueHref)
      .then((items) => {
        if (cancelled) return;
        if (items.length === 0) return;
        const resolved = resolveCoursePath(preloaded.keys, items);
        setCatalogue(items);
        document.getElementById(plainFormId)?.setAttribute('hidden', '');
        setKeys(resolved.items.map((item) => item.key));
        setTitle(preloaded.title);
        // Opening the builder without a path is not a problem worth reporting.
        setPreloadProblems([...preloaded.problems, ...resolved.problems].filter((problem) => problem.code !== 'empty'));
      })
      // Without the catalogue the plain form stays: it lists every item already.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [catalogueHref, plainFormId]);

  const byKey = useMemo(() => new Map((catalogue ?? []).map((item) => [item.key, item])), [catalogue]);
  const chosen = useMemo(() => keys.map((key) => byKey.get(key)).filter((item): item is CatalogueItem => item !== undefined), [keys, byKey]);
  const view = useMemo(() => catalogueView(catalogue ?? [], { query, kinds }), [catalogue, query, kinds]);
  const byFilterOnly = useMemo(() => itemsFoundByFilterOnly(catalogue ?? []), [catalogue]);
  const pages = useMemo(() => groupByPage(view.shown), [view]);
  const path = { title, keys };
  const pathHref = coursePathAddress(path);
  const fullAddress = `${origin}${pathHref}`;

  useEffect(() => {
    if (catalogue) history.replaceState(history.state, '', coursePathBuilderAddress({ title, keys }));
  }, [catalogue, title, keys]);

  // "Skopiowano" would be stale once the path changes.
  useEffect(() => setCopyNote(''), [title, keys]);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = undefined;
    if ('heading' in target) {
      pathHeading.current?.focus();
      return;
    }
    const element = controls.current.get(`${target.key}:${target.control}`) ?? (target.fallback && controls.current.get(`${target.key}:${target.fallback}`));
    element?.focus();
  }, [keys]);

  if (!catalogue) return null;

  const positionOf = (key: string) => keys.indexOf(key) + 1;

  const add = (item: CatalogueItem) => {
    const { keys: next, result } = addToPath(keys, item.key);
    if (result === 'added') {
      setKeys(next);
      announce(`Dodano „${item.title}” do ścieżki. Pozycja ${next.length} z ${next.length}.`);
    } else if (result === 'already-there') {
      announce(`„${item.title}” jest już w ścieżce, na pozycji ${positionOf(item.key)}.`);
    } else {
      announce(`Ścieżka ma już ${catalogueItemCount(MAX_COURSE_PATH_ITEMS)} i więcej się nie zmieści. Usuń któryś, aby dodać „${item.title}”.`);
    }
  };

  const move = (index: number, direction: -1 | 1) => {
    const item = chosen[index];
    if (!item) return;
    const next = moveInPath(keys, index, direction);
    const control: Control = direction < 0 ? 'up' : 'down';
    pendingFocus.current = { key: item.key, control, fallback: control === 'up' ? 'down' : 'up' };
    setKeys(next);
    announce(`Przesunięto „${item.title}” ${direction < 0 ? 'w górę' : 'w dół'}. Pozycja ${next.indexOf(item.key) + 1} z ${next.length}.`);
  };

  const remove = (index: number) => {
    const item = chosen[index];
    if (!item) return;
    const next = removeFromPath(keys, index);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour ? { key: neighbour, control: 'remove' } : { heading: true };
    setKeys(next);
    announce(`Usunięto „${item.title}” ze ścieżki. ${next.length === 0 ? 'Ścieżka jest pusta.' : `Zostało: ${catalogueItemCount(next.length)}.`}`);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(fullAddress);
      setCopyNote('Skopiowano adres.');
      announce('Skopiowano adres ścieżki do schowka.');
    } catch {
      addressField.current?.select();
      setCopyNote('Nie udało się skopiować. Adres jest zaznaczony: skopiuj go skrótem Ctrl+C.');
      announce('Nie udało się skopiować adresu. Adres jest zaznaczony w polu: skopiuj go skrótem Ctrl+C.');
    }
  };

  const toggleKind = (kind: CatalogueKind, checked: boolean) =>
    setKinds((current) => CATALOGUE_KINDS.filter((candidate) => (candidate === kind ? checked : current.includes(candidate))));

  const register = (id: string) => (element: HTMLButtonElement | null) => {
    if (element) controls.current.set(id, element);
    else controls.current.delete(id);
  };

  return (
    <div className="path-builder">
      {preloadProblems.length > 0 && (
        <PathProblems problems={preloadProblems} title="Nie całą ścieżkę z adresu udało się wczytać" headingId="problemy-ukladania">
          <p>Pozostałe elementy są w ścieżce poniżej. Dodaj brakujące z listy albo zostaw ścieżkę bez nich.</p>
        </PathProblems>
      )}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement.text}
        {announcement.count % 2 === 1 ? '\u00a0' : ''}
      </p>

      <div className="path-builder__columns">
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
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <fieldset className="path-kinds">
            <legend>Pokaż</legend>
            {CATALOGUE_KINDS.map((kind) => (
              <div className="path-kinds__option" key={kind}>
                <input id={`rodzaj-${kind}`} type="checkbox" checked={kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
                <label htmlFor={`rodzaj-${kind}`}>{KIND_FILTER_LABELS[kind]}</label>
              </div>
            ))}
          </fieldset>
          <p className="path-builder__count" aria-live="polite">
            {catalogueViewSummary(view, { total: catalogue.length, kindsChosen: kinds.length, foundByFilterOnly: byFilterOnly })}
          </p>
          <p className="path-builder__skip">
            <a href="#twoja-sciezka">Przejdź do swojej ścieżki ({catalogueItemCount(keys.length)})</a>
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
                        <button type="button" className="button button--secondary path-button" aria-disabled="true" onClick={() => add(item)}>
                          Dodano<span className="visually-hidden">: {itemName(item)}</span>
                        </button>
                      ) : (
                        <button type="button" className="button path-button" onClick={() => add(item)}>
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

        <section className="path-builder__path" aria-labelledby="twoja-sciezka">
          <h2 id="twoja-sciezka" tabIndex={-1} ref={pathHeading}>
            Twoja ścieżka
          </h2>
          <div className="path-field">
            <label htmlFor="tytul-sciezki" className="path-field__label">
              Tytuł ścieżki
            </label>
            <p className="path-field__hint" id="tytul-sciezki-podpowiedz">
              Nieobowiązkowy, najwyżej {MAX_COURSE_PATH_TITLE_LENGTH} znaków. Bez tytułu ścieżka nazywa się „Ścieżka szkoleniowa”.
            </p>
            <input
              id="tytul-sciezki"
              type="text"
              value={title}
              maxLength={MAX_COURSE_PATH_TITLE_LENGTH}
              aria-describedby="tytul-sciezki-podpowiedz"
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>

          {chosen.length === 0 ? (
            <p className="path-builder__empty">Ścieżka jest jeszcze pusta. Dodaj elementy z listy przyciskiem „Dodaj”.</p>
          ) : (
            <ol className="path-chosen">
              {chosen.map((item, index) => (
                <li key={item.key} className="path-chosen__item">
                  <p className="path-chosen__text">
                    <ItemKind item={item} /> {item.title} <span className="path-chosen__page">({item.pageTitle})</span>
                  </p>
                  <div className="path-chosen__controls">
                    {index > 0 && (
                      <button type="button" className="button button--secondary path-button" ref={register(`${item.key}:up`)} onClick={() => move(index, -1)}>
                        W górę<span className="visually-hidden">: {itemName(item)}</span>
                      </button>
                    )}
                    {index < chosen.length - 1 && (
                      <button type="button" className="button button--secondary path-button" ref={register(`${item.key}:down`)} onClick={() => move(index, 1)}>
                        W dół<span className="visually-hidden">: {itemName(item)}</span>
                      </button>
                    )}
                    <button type="button" className="button button--secondary path-button" ref={register(`${item.key}:remove`)} onClick={() => remove(index)}>
                      Usuń<span className="visually-hidden">: {itemName(item)}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}

          {chosen.length === 0 ? (
            <p className="path-builder__empty">Adres ścieżki pojawi się tutaj, gdy dodasz pierwszy element.</p>
          ) : (
            <>
              <div className="path-field">
                <label htmlFor="adres-sciezki" className="path-field__label">
                  Adres ścieżki
                </label>
                <p className="path-field__hint" id="adres-sciezki-podpowiedz">
                  Cała ścieżka jest zapisana w tym adresie. Wklej go na slajd, do wiadomości albo na wydruk.
                </p>
                <input id="adres-sciezki" type="text" readOnly value={fullAddress} ref={addressField} aria-describedby="adres-sciezki-podpowiedz" />
              </div>
              <div className="path-builder__actions">
                <button type="button" className="button" onClick={copy}>
                  Kopiuj adres
                </button>
                <a className="path-builder__open" href={pathHref}>
                  Otwórz ścieżkę
                </a>
              </div>
              {copyNote && <p className="path-builder__copy-note">{copyNote}</p>}
            </>
          )}
        </section>
      </div>
    </div>
  );
}

/** "Krok MK-M 3:" before an item's title, in the catalogue and in the chosen list alike. */
function ItemKind({ item }: { item: CatalogueItem }) {
  return (
    <span className="path-catalogue-item__kind">
      {catalogueItemKind(item)}
      <span className="visually-hidden">:</span>
    </span>
  );
}
