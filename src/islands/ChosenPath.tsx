/**
 * "Twoja ścieżka", the path side of the course-path builder: its title, the chosen items with
 * buttons to move and remove them, and the address that holds the whole path, to copy or open.
 */
import type { RefObject } from 'react';
import { MAX_COURSE_PATH_TITLE_LENGTH } from '../lib/course-path.ts';
import type { CatalogueItem } from '../lib/link-catalogue.ts';
import { ItemKind, itemName } from './path-item-text.tsx';

interface Props {
  title: string;
  onTitleChange: (title: string) => void;
  chosen: readonly CatalogueItem[];
  onMove: (index: number, direction: -1 | 1) => void;
  onRemove: (index: number) => void;
  /** Keeps each move and remove button (`<key>:up`, `<key>:down`, `<key>:remove`), so focus can follow the item. */
  registerControl: (id: string) => (element: HTMLButtonElement | null) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The path's address on this site, and the same with the origin, to copy. */
  pathHref: string;
  fullAddress: string;
  addressFieldRef: RefObject<HTMLInputElement | null>;
  onCopy: () => void;
  copyNote: string;
}

export function ChosenPath({
  title,
  onTitleChange,
  chosen,
  onMove,
  onRemove,
  registerControl,
  headingRef,
  pathHref,
  fullAddress,
  addressFieldRef,
  onCopy,
  copyNote,
}: Props) {
  return (
    <section className="path-builder__path" aria-labelledby="twoja-sciezka">
      <h2 id="twoja-sciezka" tabIndex={-1} ref={headingRef}>
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
          onChange={(event) => onTitleChange(event.target.value)}
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
                  <button
                    type="button"
                    className="button button--secondary path-button"
                    ref={registerControl(`${item.key}:up`)}
                    onClick={() => onMove(index, -1)}
                  >
                    W górę<span className="visually-hidden">: {itemName(item)}</span>
                  </button>
                )}
                {index < chosen.length - 1 && (
                  <button
                    type="button"
                    className="button button--secondary path-button"
                    ref={registerControl(`${item.key}:down`)}
                    onClick={() => onMove(index, 1)}
                  >
                    W dół<span className="visually-hidden">: {itemName(item)}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="button button--secondary path-button"
                  ref={registerControl(`${item.key}:remove`)}
                  onClick={() => onRemove(index)}
                >
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
            <input id="adres-sciezki" type="text" readOnly value={fullAddress} ref={addressFieldRef} aria-describedby="adres-sciezki-podpowiedz" />
          </div>
          <div className="path-builder__actions">
            <button type="button" className="button" onClick={onCopy}>
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
  );
}
