/**
 * Courses with every session item resolved against the catalogue of linkable items. An item the
 * catalogue does not know stops the build, naming the file and the field, so a course never
 * prints a dead link.
 */
import type { CollectionEntry } from 'astro:content';
import { resolveSessions, type ResolvedSession } from '../lib/course-items.ts';
import type { CatalogueItem } from '../lib/link-catalogue.ts';
import { findCatalogueItem } from '../lib/link-catalogue-lookup.ts';
import { linkCatalogue } from './link-catalogue.ts';
import { knowledgeBase } from './knowledge-base.ts';

export type CourseSessionView = ResolvedSession<CatalogueItem>;

export interface CourseView {
  entry: CollectionEntry<'courses'>;
  sessions: CourseSessionView[];
}

let loading: Promise<CourseView[]> | undefined;

export function courses(): Promise<CourseView[]> {
  loading ??= resolveCourses();
  return loading;
}

async function resolveCourses(): Promise<CourseView[]> {
  const [kb, catalogue] = await Promise.all([knowledgeBase(), linkCatalogue()]);
  const problems: string[] = [];
  const views = kb.courses.map((entry) => {
    const resolved = resolveSessions(entry.filePath ?? `content/courses/${entry.id}`, entry.data.sessions, (reference) =>
      findCatalogueItem(catalogue, reference),
    );
    problems.push(...resolved.problems);
    return { entry, sessions: resolved.sessions };
  });
  if (problems.length > 0) throw new Error(`Kursy odwołują się do elementów, których nie ma:\n${problems.join('\n')}`);
  return views;
}
