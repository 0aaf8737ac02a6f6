/**
 * Course pages against their content: every session in order, every item a link to the exact
 * section, step or chart the editor named, with the step's code; and the whole course opens as a
 * course path with the same items.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../support/content-check.ts';
import { decodeCoursePath } from '../../src/lib/course-path.ts';
import { LINK_CATALOGUE_PATH, parseCatalogue, type CatalogueItem } from '../../src/lib/link-catalogue.ts';
import { findCatalogueItem } from '../../src/lib/link-catalogue-lookup.ts';
import type { CourseData } from '../../src/schemas/course.ts';
import { builtPage, DIST, normalizeSpace } from './support/built-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalogue = parseCatalogue(JSON.parse(readFileSync(path.join(DIST, LINK_CATALOGUE_PATH), 'utf8')));
const courses = checkContent(ROOT)
  .entries.filter((entry) => entry.type === 'courses')
  .map((entry) => ({ id: entry.id, data: entry.data as CourseData }));

function item(reference: string): CatalogueItem {
  const found = findCatalogueItem(catalogue, reference);
  if (!found) throw new Error(`${reference} nie ma w katalogu`);
  return found;
}

describe('course pages', () => {
  test('there are courses for Szkoła Kooperacji, the CUS modules and the DI workshops', () => {
    expect(courses.map((course) => course.id).sort()).toEqual(['kurs-moduly-cus', 'kurs-szkola-kooperacji', 'kurs-warsztaty-di']);
  });

  test.each(courses.map((course) => [course.id, course] as const))('%s lists its sessions and their items in order', (id, course) => {
    const page = builtPage(`/kursy/${id}/`);
    course.data.sessions.forEach((session, index) => {
      const heading = page.querySelector(`#zajecia-${index + 1}`);
      expect(normalizeSpace(heading?.text ?? '')).toBe(`Zajęcia ${index + 1}. ${session.title}`);
      const section = heading?.closest('section');
      const links = section?.querySelectorAll('.course-item__title a').map((link) => link.getAttribute('href')) ?? [];
      expect(links).toEqual(session.items.map((reference) => item(reference).href));
      const codes = section?.querySelectorAll('.course-item__code').map((code) => code.text) ?? [];
      expect(codes).toEqual(session.items.map((reference) => item(reference).code).filter(Boolean));
    });
  });

  test.each(courses.map((course) => [course.id, course] as const))('%s opens as a course path with the same items', (id, course) => {
    const link = builtPage(`/kursy/${id}/`)
      .querySelectorAll('a')
      .find((anchor) => anchor.text === 'Otwórz cały kurs jako ścieżkę');
    const address = new URL(link?.getAttribute('href') ?? '', 'http://localhost');
    expect(address.pathname).toBe('/sciezka/');
    const decoded = decodeCoursePath(address.search);
    expect(decoded.problems).toEqual([]);
    const expected = [...new Set(course.data.sessions.flatMap((session) => session.items.map((reference) => item(reference).key)))];
    expect(decoded.keys).toEqual(expected);
  });

  test.each(courses.map((course) => [course.id, course] as const))('%s is listed on the page of each training it accompanies', (id, course) => {
    for (const training of course.data.trainings) {
      const page = builtPage(`/szkolenia/${training.id}/`);
      expect(page.querySelector(`#powiazane-kursy ~ * a[href="/kursy/${id}/"], [aria-labelledby="powiazane-kursy"] a[href="/kursy/${id}/"]`)).not.toBeNull();
    }
  });
});
