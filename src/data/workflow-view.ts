/**
 * A model's workflow as the explorer island takes it (src/lib/workflow-explorer.ts): references
 * resolved to names and links, in the page's language. The Polish page reads the steps as written;
 * the English page reads each step's English text from the model's `english` field, names
 * institutions with their English gloss and links glossary terms to the English glossary.
 */
import type { ModelEntry } from '../collections/entries.ts';
import { englishStaticPages } from '../collections/languages.ts';
import { hrefOf } from '../collections/routes.ts';
import { acronymsUsedIn, glossaryAcronymForms } from '../lib/acronym-text.ts';
import { interfaceText, type Language } from '../lib/i18n/interface-text.ts';
import { stepCode } from '../lib/step-codes.ts';
import type { WorkflowView } from '../lib/workflow-explorer.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

type Workflow = NonNullable<ModelEntry['data']['workflow']>;
type Step = Workflow['steps'][number];
type Term = Step['inputs'][number]['term'];
/** What the explorer shows of an acting institution. */
type Institution = { data: { title: string; shortName?: string | undefined; englishName?: string | undefined } };

/** What differs between the languages: the words of a step, of an institution and where a term links. */
interface Wording {
  note: string | undefined;
  step(step: Step): { title: string; summary: string; inputs: string[]; outputs: string[]; whens: string[] };
  institution(entry: Institution): { label: string; short: string };
  termHref(term: Term): string | undefined;
  acronyms: { term: string; expansion: string }[];
}

function polishWording(workflow: Workflow, kb: KnowledgeBase): Wording {
  return {
    note: workflow.note,
    step: (step) => ({
      title: step.title,
      summary: step.summary,
      inputs: step.inputs.map((item) => item.label),
      outputs: step.outputs.map((item) => item.label),
      whens: step.next.flatMap((way) => (way.when ? [way.when] : [])),
    }),
    institution: (entry) => ({ label: entry.data.title, short: entry.data.shortName ?? entry.data.title }),
    termHref: (term) => (term ? hrefOf(kb.get(term)) : undefined),
    acronyms: glossaryAcronymForms(kb.glossary).map(({ term, expansion }) => ({ term, expansion })),
  };
}

function englishWording(model: ModelEntry, kb: KnowledgeBase): Wording {
  const english = model.data.english;
  if (!english) throw new Error(`${model.filePath ?? model.id}: model nie ma pola „english”, a strona po angielsku go potrzebuje`);
  return {
    note: english.workflowNote,
    step: (step) => {
      // The content rules make sure every step has its English text; the fallback only satisfies the types.
      const translated = english.steps[step.id] ?? { title: step.id, summary: '', inputs: [], outputs: [], ways: [] };
      return {
        title: translated.title,
        summary: translated.summary,
        inputs: step.inputs.map((item, position) => translated.inputs[position] ?? item.label),
        outputs: step.outputs.map((item, position) => translated.outputs[position] ?? item.label),
        whens: [...translated.ways],
      };
    },
    institution: (entry) => ({
      label: entry.data.englishName ?? entry.data.title,
      short: entry.data.englishName ?? entry.data.shortName ?? entry.data.title,
    }),
    termHref: (term) => {
      if (!term) return undefined;
      const entry = kb.get(term);
      return entry.data.english ? `${englishStaticPages.glossary}#${entry.id}` : hrefOf(entry);
    },
    acronyms: kb.glossary.flatMap((term) => (term.data.english?.expansion ? [{ term: term.data.term, expansion: term.data.english.expansion }] : [])),
  };
}

/** The model's workflow for the explorer, and the acronyms its text uses; undefined when the model has no workflow. */
export function workflowView(
  model: ModelEntry,
  kb: KnowledgeBase,
  language: Language,
): { view: WorkflowView; abbreviations: { term: string; expansion: string }[] } | undefined {
  const { workflow } = model.data;
  if (!workflow) return undefined;
  const wording = language === 'en' ? englishWording(model, kb) : polishWording(workflow, kb);
  const names = interfaceText(language).explorer;
  const view: WorkflowView = {
    note: wording.note,
    steps: workflow.steps.map((step, index) => {
      const words = wording.step(step);
      const whens = [...words.whens];
      const source = kb.get(step.source);
      return {
        id: step.id,
        code: stepCode(workflow.code, index + 1),
        title: words.title,
        summary: words.summary,
        actors: kb.getAll(step.actors).map((institution) => ({ id: institution.id, ...wording.institution(institution), href: hrefOf(institution) })),
        sectors: step.sectors.map((sector) => ({ id: sector, label: names.sectorNames[sector] })),
        levels: step.levels.map((level) => names.levelNames[level]),
        inputs: step.inputs.map((item, position) => ({ label: words.inputs[position]!, href: wording.termHref(item.term) })),
        outputs: step.outputs.map((item, position) => ({ label: words.outputs[position]!, href: wording.termHref(item.term) })),
        optional: step.optional,
        next: step.next.map((way) => {
          const target = workflow.steps.find((other) => other.id === way.step);
          return { step: way.step, title: target ? wording.step(target).title : way.step, when: way.when ? whens.shift() : undefined, loop: way.loop };
        }),
        source: { label: source.data.title, href: hrefOf(source) },
      };
    }),
  };
  return { view, abbreviations: acronymsUsedIn(JSON.stringify(view), wording.acronyms) };
}
