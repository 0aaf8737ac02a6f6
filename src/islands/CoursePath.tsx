/**
 * The course-path page ("ścieżka szkoleniowa"). The address is the only state: the island reads
 * the title and keys from it, fetches the catalogue and lists the items in order, every text as
 * text. Without JavaScript the server HTML explains that and links to the builder; a damaged
 * address lists its problems above whatever part of the path could still be read.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  coursePathBuilderAddress,
  decodeCoursePath,
  DEFAULT_COURSE_PATH_TITLE,
  resolveCoursePath,
  type CoursePathProblem,
  type DecodedCoursePath,
} from '../lib/course-path.ts';
import { CATALOGUE_KIND_LABELS, catalogueItemCount, type CatalogueItem } from '../lib/link-catalogue.ts';
import { loadCatalogue } from './load-catalogue.ts';
import { PathProblems } from './PathProblems.tsx';
import { showInPrintHeader } from '../browser/print-header.ts';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  /** Address of the catalogue JSON. */
  catalogueHref: string;
  builderHref: string;
  trainingsHref: string;
  /** Added after the path's title in the window title, as on every page. */
  siteName: string;
}

type View =
  | { state: 'static' }
  | { state: 'loading'; title: string; keys: string[]; problems: CoursePathProblem[] }
  | { state: 'ready'; title: string; keys: string[]; items: CatalogueItem[]; problems: CoursePathProblem[] }
  | { state: 'failed'; title: string; keys: string[]; problems: CoursePathProblem[] };

/** The catalogue as fetched: not yet, its items, or the fetch failed. */
type Catalogue = CatalogueItem[] | 'failed' | undefined;

export default function CoursePath({ catalogueHref, builderHref, trainingsHref, siteName }: Props) {
  const hydrated = useHydrated();
  // The server cannot know the address of a static page: the path is read once the page is in the browser.
  const path = useMemo(() => (hydrated ? decodeCoursePath(location.search) : undefined), [hydrated]);
  const needsCatalogue = path !== undefined && path.keys.length > 0;
  const [catalogue, setCatalogue] = useState<Catalogue>(undefined);
  const view = useMemo(() => pathView(path, catalogue), [path, catalogue]);

  const windowTitle = path && (path.title || DEFAULT_COURSE_PATH_TITLE);
  useEffect(() => {
    if (windowTitle === undefined) return;
    document.title = `${windowTitle} – ${siteName}`;
    showInPrintHeader(windowTitle, location.href);
  }, [windowTitle, siteName]);

  useEffect(() => {
    if (!needsCatalogue) return;
    let cancelled = false;
    loadCatalogue(catalogueHref)
      .then((items) => {
        if (!cancelled) setCatalogue(items);
      })
      .catch(() => {
        if (!cancelled) setCatalogue('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [needsCatalogue, catalogueHref]);

  const title = view.state === 'static' ? '' : view.title;
  const editHref = view.state === 'static' ? builderHref : coursePathBuilderAddress({ title: view.title, keys: view.keys });

  return (
    <div className="course-path">
      <header className="course-path__header">
        <div className="course-path__heading">
          {title && <p className="course-path__type">{DEFAULT_COURSE_PATH_TITLE}</p>}
          <h1>{title || DEFAULT_COURSE_PATH_TITLE}</h1>
        </div>
      </header>

      {view.state === 'static' && (
        <p className="course-path__no-script">
          Tę stronę, ścieżkę szkoleniową, odczytujemy z jej adresu: zawiera on tytuł i kody wybranych sekcji, kroków i wykresów. Do pokazania ich listy
          potrzebny jest JavaScript, który w tej przeglądarce jest wyłączony albo jeszcze się nie wczytał. Adres tej strony możesz skopiować i udostępnić;
          możesz też <a href={builderHref}>ułożyć nową ścieżkę</a> albo przejrzeć <a href={trainingsHref}>szkolenia</a>.
        </p>
      )}

      {/* Shown once complete: the summary takes focus, and its list should not grow after that. */}
      {(view.state === 'ready' || view.state === 'failed') && view.problems.length > 0 && (
        <PathProblems problems={view.problems} title="Nie wszystko w adresie tej ścieżki się zgadza" headingId="problemy-sciezki">
          {view.keys.length > 0 ? (
            <p>
              Ścieżkę można poprawić lub ułożyć od nowa: <a href={editHref}>edytuj ścieżkę</a>.
            </p>
          ) : (
            <p>
              <a href={builderHref}>Ułóż ścieżkę szkoleniową</a> z sekcji, kroków i wykresów serwisu.
            </p>
          )}
        </PathProblems>
      )}

      {view.state === 'loading' && (
        <p role="status" className="course-path__status">
          Wczytujemy elementy ścieżki…
        </p>
      )}

      {view.state === 'failed' && (
        <div className="path-problems" role="alert">
          <p>
            Nie udało się wczytać listy elementów serwisu, więc nie możemy pokazać tej ścieżki. Sprawdź połączenie z internetem i odśwież stronę. Adres ścieżki
            jest w porządku: zawiera {catalogueItemCount(view.keys.length)}.
          </p>
        </div>
      )}

      {view.state === 'ready' && view.items.length > 0 && (
        <>
          <p className="course-path__summary-line">
            {catalogueItemCount(view.items.length)} do przejścia po kolei. Każdy prowadzi do miejsca w serwisie.{' '}
            <a className="course-path__edit no-print" href={editHref}>
              Edytuj ścieżkę
            </a>
          </p>
          <ol className="course-path__list">
            {view.items.map((item) => (
              <PathItem key={item.key} item={item} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function PathItem({ item }: { item: CatalogueItem }) {
  return (
    <li className="course-path__item">
      <p className="course-path__kind">
        {CATALOGUE_KIND_LABELS[item.kind]}
        {item.code && (
          <>
            {' '}
            <span className="course-path__code">{item.code}</span>
          </>
        )}
      </p>
      <h2 className="course-path__title">
        <a href={item.href}>{item.title}</a>
      </h2>
      <p className="course-path__page">Na stronie: {item.pageTitle}</p>
      {item.summary && <p className="course-path__summary">{item.summary}</p>}
    </li>
  );
}

/** What the page shows for the path in the address (none before hydration) and the catalogue as fetched so far. */
function pathView(path: DecodedCoursePath | undefined, catalogue: Catalogue): View {
  if (!path) return { state: 'static' };
  const { title, keys, problems } = path;
  if (keys.length === 0) return { state: 'ready', title, keys, items: [], problems };
  if (catalogue === undefined) return { state: 'loading', title, keys, problems };
  if (catalogue === 'failed') return { state: 'failed', title, keys, problems };
  const resolved = resolveCoursePath(keys, catalogue);
  return { state: 'ready', title, keys, items: resolved.items, problems: [...problems, ...resolved.problems] };
}
