import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { englishPages, institutionsShownInEnglish } from './english.ts';

const ref = (id: string) => ({ id });
const english = (extra: object = {}) => ({ translated: new Date('2026-11-23'), terms: [], ...extra });

function project(id: string, data: object): TestPage {
  return {
    type: 'projects',
    id,
    file: `content/projects/${id}.mdx`,
    data: { status: 'przyjety', lead: ref('rops-a'), partners: [], otherParticipants: [], ...data },
  };
}
const institution = (id: string, englishName?: string): TestPage => ({
  type: 'institutions',
  id,
  file: `content/institutions/${id}.mdx`,
  data: englishName ? { englishName } : {},
});
const step = (id: string, inputs: string[] = [], actors: string[] = []) => ({ id, inputs, outputs: [], actors: actors.map(ref), next: [] });

describe('english pages', () => {
  test('once projects have English pages, a project without its English summary is reported in its own file', () => {
    const input = ruleInput([project('p', {}), project('q', { english: english() }), institution('rops-a', 'Regional centre A')]);
    expect(englishPages.check(input).problems).toEqual([
      {
        file: 'content/projects/p.mdx',
        field: 'english',
        message:
          'brak tłumaczenia angielskiego: każdy wpis tego rodzaju ma stronę /en/projects/p/; dopisz pole „english” (zob. „Strony po angielsku” w docs/EDITING.md)',
      },
    ]);
  });

  test('a draft, a programme and a site without any English page may go without one', () => {
    const programme: TestPage = { type: 'programmes', id: 'g', data: { status: 'przyjety' } };
    const translated = project('q', { english: english() });
    expect(englishPages.check(ruleInput([project('p', { status: 'projekt' }), translated, programme, institution('rops-a', 'A')])).problems).toEqual([]);
    expect(englishPages.check(ruleInput([project('p', {}), institution('rops-a')])).problems).toEqual([]);
  });

  test('an institution the English page names needs its English gloss, and a listed term its English text', () => {
    const glossary: TestPage = { type: 'glossary', id: 'ops', file: 'content/glossary.yaml', entry: 'ops', data: {} };
    const input = ruleInput([project('p', { english: english({ terms: [ref('ops')] }) }), institution('rops-a'), glossary]);
    expect(englishPages.check(input).problems.map((problem) => problem.message)).toEqual([
      'hasło „ops” nie ma tekstu angielskiego; dopisz mu pole „english” w content/glossary.yaml',
      'strona angielska wymienia instytucję „rops-a”, która nie ma objaśnienia nazwy po angielsku; dopisz pole „englishName” w content/institutions/rops-a.mdx',
    ]);
  });

  test("a model's English steps are its steps, each with as many inputs", () => {
    const model: TestPage = {
      type: 'models',
      id: 'm',
      file: 'content/models/m.mdx',
      data: {
        status: 'przyjety',
        workflow: { steps: [step('a', ['x', 'y']), step('b')] },
        english: english({ steps: { a: { inputs: ['x'], outputs: [], ways: [] }, c: { inputs: [], outputs: [], ways: [] } } }),
      },
    };
    expect(englishPages.check(ruleInput([model])).problems.map(({ field, message }) => `${field}: ${message}`)).toEqual([
      'english › steps › a › inputs: krok ma po polsku 2 pozycji w „inputs”, a po angielsku 1; przetłumacz każdą, w tej samej kolejności',
      'english › steps › b: brak kroku „b” po angielsku; dopisz jego tytuł i opis (title, summary)',
      'english › steps › c: model nie ma kroku „c”; usuń go albo popraw identyfikator',
    ]);
  });

  test('the institutions an English page names: lead, partners, others and step actors', () => {
    const named = institutionsShownInEnglish({
      lead: ref('a'),
      partners: [ref('b')],
      otherParticipants: [{ institution: ref('c') }],
      workflow: { steps: [step('s', [], ['d'])] },
    });
    expect(named.map((institution) => institution.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
