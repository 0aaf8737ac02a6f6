/**
 * The remarks as the "formularz zgłaszania uwag" table, for print only (styles/remarks.css shows
 * it when the reader prints it with "Drukuj tabelę uwag"), with the columns of the CSV file.
 */
import type { Remark } from '../lib/consultation/remark.ts';
import { REMARK_COLUMNS } from '../lib/consultation/remarks-csv.ts';

interface Props {
  documentTitle: string;
  version: number;
  submitter: string;
  remarks: readonly Remark[];
}

export function RemarksPrintTable({ documentTitle, version, submitter, remarks }: Props) {
  return (
    <div className="remarks-print">
      <h2>Formularz zgłaszania uwag</h2>
      <p>
        Dokument: {documentTitle}, wersja {version}. Podmiot zgłaszający: {submitter || '(nie podano)'}.
      </p>
      <table>
        <thead>
          <tr>
            {REMARK_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {remarks.map((remark, index) => (
            <tr key={remark.id}>
              <td>{index + 1}</td>
              <td>{submitter}</td>
              <td>{remark.paragraphLabel}</td>
              <td>{remark.currentText}</td>
              <td>{remark.proposal}</td>
              <td>{remark.justification}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
