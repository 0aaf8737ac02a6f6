/**
 * Easy-to-read texts and the pages they summarise: the text of a model, programme or guidance
 * document (for the link at the top of its page) and the page a text summarises (for the link back).
 */
import type { CollectionEntry } from 'astro:content';
import type { Ref } from '../collections/entries.ts';
import { guideRoutes, hrefOf } from '../collections/routes.ts';
import { typeLabel } from '../collections/names.ts';
import { guideDocumentRef, guideDocuments } from './guides.ts';
import { entryTitle, knowledgeBase } from './knowledge-base.ts';

export type EasyReadEntry = CollectionEntry<'easyRead'>;

/** What an easy-to-read text can summarise: a model, a programme or a guidance document (by its folder name). */
export type EasyReadSubject = Ref;

/** The page a text summarises, as its link back names it. */
export interface SummarisedPage {
  href: string;
  title: string;
  /** The type of page, e.g. "Model". */
  label: string;
}

function subjectOf(text: EasyReadEntry): EasyReadSubject {
  const { model, programme, guide } = text.data;
  if (model) return model;
  if (programme) return programme;
  return guideDocumentRef(guide!);
}

/** The easy-to-read text of a page, if it has one. */
export async function easyReadOf(subject: EasyReadSubject): Promise<EasyReadEntry | undefined> {
  const kb = await knowledgeBase();
  return kb.easyRead.find((text) => {
    const own = subjectOf(text);
    return own.collection === subject.collection && own.id === subject.id;
  });
}

/** The page a text summarises. */
export async function summarisedPage(text: EasyReadEntry): Promise<SummarisedPage> {
  const subject = subjectOf(text);
  if (subject.collection === guideDocumentRef(subject.id).collection) {
    const guide = (await guideDocuments()).find((document) => document.id === subject.id);
    if (!guide) throw new Error(`${text.filePath ?? text.id}: brak dokumentu „${subject.id}” w content/guides/`);
    return { href: guideRoutes.document(guide.id), title: guide.current.data.title, label: typeLabel(subject.collection) };
  }
  const kb = await knowledgeBase();
  const entry = kb.get(subject);
  return { href: hrefOf(entry), title: entryTitle(entry), label: typeLabel(subject.collection) };
}
