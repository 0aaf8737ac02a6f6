/** A small consulted version and received remarks, shared by the review tests. */
import type { ConsultedVersion, ReceivedRemark } from '../received-form.ts';
import { remarkKey } from '../remark-key.ts';

export const VERSION: ConsultedVersion = {
  documentId: 'poradnik',
  title: 'Poradnik testowy',
  version: 2,
  address: '/dokumenty/poradnik/wersja-2/',
  period: { from: '2026-11-23', to: '2026-12-18' },
  paragraphs: [
    { id: 'p-1-1', label: '§ 1 ust. 1', text: 'Pierwszy ustęp.' },
    { id: 'p-1-2', label: '§ 1 ust. 2', text: 'Drugi ustęp.' },
    { id: 'p-2-1', label: '§ 2 ust. 1', text: 'Trzeci ustęp.' },
  ],
};

export const OTHER_VERSION: ConsultedVersion = { ...VERSION, version: 1, address: '/dokumenty/poradnik/wersja-1/' };

export function received(paragraphId: string, fields: Partial<ReceivedRemark> = {}): ReceivedRemark {
  const paragraph = VERSION.paragraphs.find((candidate) => candidate.id === paragraphId)!;
  const identity = {
    submitter: 'Gmina Testowa',
    submitterKind: 'organizacja' as const,
    paragraphId,
    proposal: `Uwaga do ${paragraphId}.`,
    justification: '',
    ...fields,
  };
  return { key: remarkKey(identity), paragraphLabel: paragraph.label, currentText: paragraph.text, file: 'a.csv', ...identity, ...fields };
}
