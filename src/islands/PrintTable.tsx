/**
 * A table for print only (styles/remarks.css shows it when the reader prints it): the participant's
 * remarks form or the organiser's zestawienie, from the same `TableDocument` as their DOCX and ODT
 * files, so the printed page and the files never differ.
 */
import type { TableDocument } from '../lib/office/table-document.ts';

export function PrintTable({ table, className }: { table: TableDocument; className: string }) {
  return (
    <div className={className}>
      <h2>{table.title}</h2>
      {table.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <table>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
