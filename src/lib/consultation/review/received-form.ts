/**
 * A remarks form as the organiser receives it: the CSV this site exports, often opened and saved
 * again in LibreOffice Calc or Excel on the way, so `;` or `,` between fields, with or without a
 * byte-order mark, CRLF or LF, UTF-8 or Windows-1250. Columns are found by their header, not by
 * position. A file is read whole or refused with one Polish message naming it, so a foreign
 * file never adds half its rows.
 */
import Papa from 'papaparse';
import { CSV_BOM } from '../../csv.ts';
import { foldPolish } from '../../fold-polish.ts';
import type { SubmitterKind } from '../../vocabulary.ts';
import { REMARK_COLUMNS } from '../remarks-csv.ts';
import { remarkKey } from './remark-key.ts';

/** A version of a document that was consulted, as the organiser's tool knows it. */
export interface ConsultedVersion {
  documentId: string;
  title: string;
  version: number;
  /** The version's address, `/dokumenty/<document>/wersja-<n>/`, which every form row names. */
  address: string;
  period: { from: string; to: string };
  paragraphs: { id: string; label: string; text: string }[];
}

/** One remark read from a received form. */
export interface ReceivedRemark {
  /** The same remark in two files has the same key (./remark-key.ts). */
  key: string;
  submitter: string;
  submitterKind: SubmitterKind | null;
  paragraphId: string;
  paragraphLabel: string;
  currentText: string;
  proposal: string;
  justification: string;
  /** The file it was first read from. */
  file: string;
}

export type FormReading = { ok: true; remarks: ReceivedRemark[] } | { ok: false; message: string };

const [, SUBMITTER, KIND, PART, CURRENT, PROPOSAL, JUSTIFICATION, VERSION] = REMARK_COLUMNS;
const REQUIRED = [SUBMITTER, PART, PROPOSAL, JUSTIFICATION, VERSION];

/** The file's text: UTF-8 when it is valid UTF-8, else Windows-1250 (Excel's "CSV" on a Polish system). */
export function decodeFormBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}

/** „§ 2 ust. 3” (also „§2 ust 3”, „§ 2 ust.3”) → `p-2-3`; null for anything else. */
export function paragraphIdFromLabel(label: string): string | null {
  const match = /^§\s*(\d+)\s*ust\.?\s*(\d+)$/i.exec(label.trim());
  return match ? `p-${Number(match[1])}-${Number(match[2])}` : null;
}

function submitterKindOf(text: string): SubmitterKind | null {
  const folded = foldPolish(text)
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, ' ');
  if (folded === 'organizacja') return 'organizacja';
  if (folded === 'osoba prywatna') return 'osoba-prywatna';
  return null;
}

/** `https://example.org/dokumenty/a/wersja-2/` or `/dokumenty/a/wersja-2` → `/dokumenty/a/wersja-2/`. */
function addressPath(text: string): string {
  const path = text.trim().replace(/^https?:\/\/[^/]+/i, '');
  return path.endsWith('/') ? path : `${path}/`;
}

function parseRows(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: '', delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  return parsed.data;
}

/**
 * Reads one received form for `expected`; `known` are every consulted version of the site, so a
 * form of another document or version is named as such rather than called foreign.
 */
export function readReceivedForm(file: string, text: string, expected: ConsultedVersion, known: readonly ConsultedVersion[]): FormReading {
  const refuse = (why: string): FormReading => ({ ok: false, message: `Plik „${file}” nie został wczytany: ${why}` });
  const rows = parseRows(text);
  const header = (rows[0] ?? []).map((name) => name.trim());
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (rows.length === 0 || missing.length > 0) {
    const what = missing.map((name) => `„${name}”`).join(', ');
    return refuse(`to nie jest formularz uwag z tego serwisu (brak kolumn ${what}). Pobierz formularz ze strony wersji dokumentu, przy uwagach.`);
  }
  const column = (row: string[], name: string) => {
    const index = header.indexOf(name);
    return index < 0 ? '' : (row[index] ?? '');
  };
  const remarks: ReceivedRemark[] = [];
  for (const [index, row] of rows.slice(1).entries()) {
    const line = `wiersz ${index + 2}`;
    const address = addressPath(column(row, VERSION));
    if (address !== expected.address) {
      const other = known.find((version) => version.address === address);
      const expectedName = `wersji ${expected.version} dokumentu „${expected.title}”`;
      if (other) return refuse(`${line} dotyczy wersji ${other.version} dokumentu „${other.title}”, a zestawienie dotyczy ${expectedName}.`);
      return refuse(`${line}, kolumna „${VERSION}”: oczekiwano adresu ${expected.address} (${expectedName}); znaleziono „${column(row, VERSION)}”.`);
    }
    const proposal = column(row, PROPOSAL);
    const justification = column(row, JUSTIFICATION);
    // A blank form's rows come back untouched where the participant had nothing to say.
    if (proposal.trim() === '' && justification.trim() === '') continue;
    const label = column(row, PART);
    const paragraphId = paragraphIdFromLabel(label);
    const paragraph = expected.paragraphs.find((candidate) => candidate.id === paragraphId);
    if (!paragraph) return refuse(`${line}, kolumna „${PART}”: w wersji ${expected.version} nie ma ustępu „${label}”.`);
    const submitter = column(row, SUBMITTER).trim();
    const submitterKind = submitterKindOf(column(row, KIND));
    const currentText = column(row, CURRENT) || paragraph.text;
    const fields = { submitter, submitterKind, paragraphId: paragraph.id, proposal, justification };
    remarks.push({ key: remarkKey(fields), ...fields, paragraphLabel: paragraph.label, currentText, file });
  }
  if (remarks.length === 0) return refuse('formularz nie ma żadnej uwagi (kolumny „Treść uwagi / proponowany zapis” i „Uzasadnienie” są puste).');
  return { ok: true, remarks };
}
