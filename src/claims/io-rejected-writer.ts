import { csvField } from '../platform/csv.ts';
import type { RowError } from './claim-row.ts';
import type { CsvSeparator } from './io-csv-reader.ts';
import { claimsMessages, errorColumnName, type Lang } from './messages.ts';

export interface RejectedRecord {
  /** Row number in the original file (header = 1). */
  row: number;
  fields: string[];
  errors: RowError[];
}

/** `Rij 7 — hoofdsom: Ongeldig bedrag …; vervaldatum: …` — the original row number helps the user find it. */
function describeErrors(row: number, errors: readonly RowError[], lang: Lang): string {
  const prefix = claimsMessages.text(lang, 'rejectedRowPrefix', { row: String(row) });
  const details = errors
    .map((e) =>
      e.column === ''
        ? e.message
        : claimsMessages.text(lang, 'rejectedDetail', { column: e.column, message: e.message }),
    )
    .join('; ');
  return `${prefix} — ${details}`;
}

/**
 * The rejected rows as a CSV the user can fix and import again: the input's columns (same names, same
 * separator) plus an error column (nl `fout`, fr `erreur`, en `error`, which the import ignores as an unknown
 * column). UTF-8 with BOM and CRLF line ends, so that Excel opens it with the right characters.
 */
export function rejectedCsv(
  header: readonly string[],
  separator: CsvSeparator,
  rejected: readonly RejectedRecord[],
  lang: Lang = 'nl',
): string {
  const width = header.length;
  const lines: string[] = [
    [...header, errorColumnName(lang)].map((h) => csvField(h, separator)).join(separator),
  ];
  for (const record of rejected) {
    const cells: string[] = [];
    for (let i = 0; i < width; i++) cells.push(csvField(record.fields[i] ?? '', separator));
    cells.push(csvField(describeErrors(record.row, record.errors, lang), separator));
    // fields beyond the header (a row with too many fields) are kept, after the error column
    for (let i = width; i < record.fields.length; i++)
      cells.push(csvField(record.fields[i] ?? '', separator));
    lines.push(cells.join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
