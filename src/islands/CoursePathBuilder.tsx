/**
 * The course-path builder. Until the catalogue has loaded (and for good without JavaScript) the
 * page shows the plain form that lists the items with a checkbox; then the island hides that
 * form and a trainer filters the catalogue, adds items, orders them, names the path and copies
 * its address. Like the form, the unfiltered list leaves out the sections of per-gmina pages
 * (thousands on a grown site); typing searches the whole catalogue, drawing the first matches.
 * The builder's own address follows the selection, so reloading or "Edytuj ścieżkę" keeps it. The
 * form stays outside the island so the page's acronyms are explained in it like anywhere else.
 * The two columns are `CatalogueChooser` and `ChosenPath`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  addToPath,
  coursePathAddress,
  coursePathBuilderAddress,
  decodeCoursePath,
  MAX_COURSE_PATH_ITEMS,
  moveInPath,
  removeFromPath,
  resolveCoursePath,
  type CoursePathProblem,
} from '../lib/course-path.ts';
import { catalogueItemCount, CATALOGUE_KINDS, type CatalogueItem, type CatalogueKind } from '../lib/link-catalogue.ts';
import { catalogueView, catalogueViewSummary, groupByPage, itemsFoundByFilterOnly } from '../lib/link-catalogue-view.ts';
import { CatalogueChooser } from './CatalogueChooser.tsx';
import { ChosenPath } from './ChosenPath.tsx';
import { loadCatalogue } from './load-catalogue.ts';
import { PathProblems } from './PathProblems.tsx';

interface Props {
  catalogueHref: string;
  /** Id of the plain form the builder replaces once it can work. */
  plainFormId: string;
}

type Control = 'up' | 'down' | 'remove';

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
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const pathHeading = useRef<HTMLHeadingElement>(null);
  const addressField = useRef<HTMLInputElement>(null);
  const pendingFocus = useRef<FocusTarget | undefined>(undefined);

  const announce = (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 }));

  useEffect(() => {
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

  useEffect(() => {
    if (catalogue) history.replaceState(history.state, '', coursePathBuilderAddress({ title, keys }));
  }, [catalogue, title, keys]);

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

  // The catalogue is only ever loaded in the browser, so the page's origin is known from here on.
  const fullAddress = `${location.origin}${pathHref}`;

  // "Skopiowano" would be stale once the path changes.
  const changeKeys = (next: string[]) => {
    setKeys(next);
    setCopyNote('');
  };
  const changeTitle = (next: string) => {
    setTitle(next);
    setCopyNote('');
  };

  const positionOf = (key: string) => keys.indexOf(key) + 1;

  const add = (item: CatalogueItem) => {
    const { keys: next, result } = addToPath(keys, item.key);
    if (result === 'added') {
      changeKeys(next);
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
    changeKeys(next);
    announce(`Przesunięto „${item.title}” ${direction < 0 ? 'w górę' : 'w dół'}. Pozycja ${next.indexOf(item.key) + 1} z ${next.length}.`);
  };

  const remove = (index: number) => {
    const item = chosen[index];
    if (!item) return;
    const next = removeFromPath(keys, index);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour ? { key: neighbour, control: 'remove' } : { heading: true };
    changeKeys(next);
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
        <CatalogueChooser
          query={query}
          onQueryChange={setQuery}
          kinds={kinds}
          onToggleKind={toggleKind}
          summary={catalogueViewSummary(view, { total: catalogue.length, kindsChosen: kinds.length, foundByFilterOnly: byFilterOnly })}
          chosenCount={keys.length}
          pages={pages}
          positionOf={positionOf}
          onAdd={add}
        />
        <ChosenPath
          title={title}
          onTitleChange={changeTitle}
          chosen={chosen}
          onMove={move}
          onRemove={remove}
          registerControl={register}
          headingRef={pathHeading}
          pathHref={pathHref}
          fullAddress={fullAddress}
          addressFieldRef={addressField}
          onCopy={() => void copy()}
          copyNote={copyNote}
        />
      </div>
    </div>
  );
}
