import { csvField } from '../platform/csv.ts';
import { FORMULA_START } from './csv-batch.ts';
import { type CsvColumn, csvLayout, DOWNLOAD_ONLY_COLUMNS, MESSAGE_REF_COLUMN } from './csv-columns.ts';
import type { MessageType } from './message-schemas.ts';
import type { HubMessage } from './messages.ts';

export interface CsvRenderOptions {
  /** `;` by default: what Belgian and Dutch spreadsheet programs expect. */
  readonly delimiter?: ';' | ',';
  /** Start with a UTF-8 byte order mark so spreadsheets read accents right (default true). */
  readonly bom?: boolean;
  /** Leave out id, sentAt and sender: the file is then a valid upload (or, empty, a template). */
  readonly uploadColumnsOnly?: boolean;
}

function quote(value: string, delimiter: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value, delimiter);
}

function read(source: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined,
    source,
  );
}

const cell = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);

/**
 * Render messages of one type as a CSV download: `id;sentAt;sender` followed by the upload header
 * of the type (only the latter with `uploadColumnsOnly`, which parseCsvBatch reads back). A type with a list gets one row per item (message columns repeated, messageRef = id).
 */
export function renderCsvBatch<K extends MessageType>(
  type: K,
  messages: readonly HubMessage<K>[],
  options: CsvRenderOptions = {},
): string {
  const delimiter = options.delimiter ?? ';';
  const layout = csvLayout(type);
  const columns = layout.columns;
  const extra = options.uploadColumnsOnly === true ? [] : DOWNLOAD_ONLY_COLUMNS;
  const lines = [[...extra, ...columns.map((c) => c.name)]];
  const columnValue = (message: HubMessage<K>, column: CsvColumn, item: unknown): unknown => {
    if (column.name === MESSAGE_REF_COLUMN) return message.id;
    if (column.item) return read(item, column.path.slice(1));
    return read(column.part === 'envelope' ? message : message.body, column.path);
  };
  for (const message of messages) {
    const list = layout.listField ? read(message.body, [layout.listField]) : undefined;
    const items: unknown[] = Array.isArray(list) && list.length > 0 ? list : [undefined];
    for (const item of items)
      lines.push([
        ...(extra.length > 0 ? [message.id, message.sentAt, message.sender] : []),
        ...columns.map((column) => cell(columnValue(message, column, item))),
      ]);
  }
  const text = lines.map((line) => line.map((v) => quote(v, delimiter)).join(delimiter)).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${text}\r\n`;
}
