import { parse } from 'csv-parse/sync';
import type { Lang, MessageParams } from '../kernel/i18n.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type CsvColumn, type CsvLayout, csvLayout, MESSAGE_REF_COLUMN } from './csv-columns.ts';
import { type HubMessageKey, hubMessages } from './hub-messages.ts';
import { issueText, type ValidationIssue } from './issues.ts';
import { isSystemMessageType, type MessageBodies, type MessageType } from './message-schemas.ts';
import { type DraftEnvelope, validateDraftEnvelope, validateMessage } from './messages.ts';

/** The Schuldenknooppunt portal accepts CSV files of at most 4 MB. */
export const MAX_CSV_BYTES = 4 * 1024 * 1024;

export interface CsvRowError {
  /** Line in the file (the header is line 1); 0 for problems with the file as a whole. */
  readonly row: number;
  readonly column: string | null;
  readonly message: string;
}

export interface ParsedDraft<K extends MessageType> {
  /** The file lines this message came from. */
  readonly rows: readonly number[];
  readonly envelope: DraftEnvelope;
  readonly body: MessageBodies[K];
}

type Problem = { readonly key: HubMessageKey; readonly params?: MessageParams };
const rowError = (
  row: number,
  column: string | null,
  lang: Lang,
  key: HubMessageKey,
  params?: MessageParams,
): CsvRowError => ({ row, column, message: hubMessages.text(lang, key, params) });

/** Spreadsheets run cells starting with these as formulas; downloads guard them with a leading `'`. */
export const FORMULA_START = /^[=+\-@\t\r]/;

interface Line {
  readonly row: number;
  readonly cells: readonly string[];
}

function readLines(input: string | Uint8Array, lang: Lang): Result<Line[], CsvRowError[]> {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > MAX_CSV_BYTES)
    return err([rowError(0, null, lang, 'csvTooBig', { bytes: String(bytes), max: String(MAX_CSV_BYTES) })]);
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return err([rowError(0, null, lang, 'csvNotUtf8')]);
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    // with `info: true` csv-parse returns { record, info } objects; its typings do not say so
    const records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return ok(
      records.map(({ record, info }) => ({
        row: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
        cells: record.map((c) => c.trim()),
      })),
    );
  } catch (e) {
    const line = typeof e === 'object' && e !== null && 'lines' in e ? Number(e.lines) : 0;
    return err([
      rowError(line, null, lang, 'csvInvalid', { detail: String(e instanceof Error ? e.message : e) }),
    ]);
  }
}

function checkHeader(layout: CsvLayout, header: readonly string[], lang: Lang): CsvRowError[] {
  const known = new Set(layout.columns.map((c) => c.name));
  const errors: CsvRowError[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (!known.has(name)) errors.push(rowError(1, name, lang, 'csvUnknownColumn'));
    else if (seen.has(name)) errors.push(rowError(1, name, lang, 'csvColumnTwice'));
    seen.add(name);
  }
  for (const c of layout.columns)
    if (c.required && !seen.has(c.name)) errors.push(rowError(1, c.name, lang, 'csvColumnMissing'));
  return errors;
}

const TRUE = new Set(['true', 'ja', 'yes', '1', 'waar', 'oui', 'vrai']);
const FALSE = new Set(['false', 'nee', 'no', '0', 'onwaar', 'non', 'faux']);

function cellValue(column: CsvColumn, raw: string): { value: unknown } | { problem: Problem } {
  const text = raw.startsWith("'") && FORMULA_START.test(raw.slice(1)) ? raw.slice(1) : raw;
  if (column.kind === 'integer') {
    if (!/^-?\d+$/.test(text)) return { problem: { key: 'csvInteger' } };
    return { value: Number(text) };
  }
  if (column.kind === 'boolean') {
    const lower = text.toLowerCase();
    if (TRUE.has(lower)) return { value: true };
    if (FALSE.has(lower)) return { value: false };
    return { problem: { key: 'csvBoolean' } };
  }
  return { value: text };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else {
      if (node[key] === undefined) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
  });
}

interface Group {
  readonly ref: string;
  readonly lines: Line[];
}

/** Parse, check and validate a CSV batch of one message type; one bad row rejects the batch. */
export function parseCsvBatch<K extends MessageType>(
  type: K,
  input: string | Uint8Array,
  lang: Lang = 'nl',
): Result<ParsedDraft<K>[], CsvRowError[]> {
  if (isSystemMessageType(type)) return err([rowError(0, null, lang, 'csvSystem')]);
  const layout = csvLayout(type);
  const lines = readLines(input, lang);
  if (!lines.ok) return lines;
  const [headerLine, ...dataLines] = lines.value;
  if (!headerLine) return err([rowError(0, null, lang, 'csvEmpty')]);
  const headerErrors = checkHeader(layout, headerLine.cells, lang);
  if (headerErrors.length > 0) return err(headerErrors);
  if (dataLines.length === 0) return err([rowError(0, null, lang, 'csvNoMessages')]);

  const errors: CsvRowError[] = [];
  for (const line of dataLines)
    if (line.cells.length !== headerLine.cells.length)
      errors.push(
        rowError(line.row, null, lang, 'csvColumnCount', {
          count: String(line.cells.length),
          expected: String(headerLine.cells.length),
        }),
      );
  if (errors.length > 0) return err(errors);

  const columns = headerLine.cells.map((name) => layout.columns.find((c) => c.name === name) as CsvColumn);
  const refIndex = headerLine.cells.indexOf(MESSAGE_REF_COLUMN);
  const groups: Group[] = [];
  for (const line of dataLines) {
    const ref = refIndex >= 0 ? (line.cells[refIndex] ?? '') : String(line.row);
    const existing = refIndex >= 0 && ref !== '' ? groups.find((g) => g.ref === ref) : undefined;
    if (existing) existing.lines.push(line);
    else groups.push({ ref, lines: [line] });
  }

  const drafts: ParsedDraft<K>[] = [];
  for (const group of groups) {
    const built = buildMessage(type, layout, columns, group, lang);
    if (built.ok) drafts.push(built.value);
    else errors.push(...built.error);
  }
  const position = (column: string | null) => (column === null ? -1 : headerLine.cells.indexOf(column));
  if (errors.length > 0)
    return err(errors.sort((a, b) => a.row - b.row || position(a.column) - position(b.column)));
  return ok(drafts);
}

function buildMessage<K extends MessageType>(
  type: K,
  layout: CsvLayout,
  columns: readonly CsvColumn[],
  group: Group,
  lang: Lang,
): Result<ParsedDraft<K>, CsvRowError[]> {
  const errors: CsvRowError[] = [];
  const envelope: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  const items: Record<string, unknown>[] = [];
  const itemRows: number[] = [];
  const first = group.lines[0] as Line;
  if (layout.listField) body[layout.listField] = items;

  group.lines.forEach((line, lineIndex) => {
    const item: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const raw = line.cells[i] ?? '';
      if (column.name === MESSAGE_REF_COLUMN) {
        if (raw === '') errors.push(rowError(line.row, column.name, lang, 'csvNotEmpty'));
        return;
      }
      if (!column.item && lineIndex > 0) {
        if (raw !== (first.cells[i] ?? ''))
          errors.push(
            rowError(line.row, column.name, lang, 'csvDiffers', { ref: group.ref, row: String(first.row) }),
          );
        return;
      }
      if (raw === '') return;
      const parsed = cellValue(column, raw);
      if ('problem' in parsed)
        errors.push(rowError(line.row, column.name, lang, parsed.problem.key, parsed.problem.params));
      else if (column.item) setPath(item, column.path.slice(1), parsed.value);
      else setPath(column.part === 'envelope' ? envelope : body, column.path, parsed.value);
    });
    if (Object.keys(item).length > 0) {
      items.push(item);
      itemRows.push(line.row);
    }
  });
  if (errors.length > 0) return err(errors);

  const toRowError = (issue: ValidationIssue, part: 'envelope' | 'body'): CsvRowError => {
    const segments = issue.path.split('/').slice(1);
    const isItem = part === 'body' && segments[0] === layout.listField && /^\d+$/.test(segments[1] ?? '');
    const row = isItem ? (itemRows[Number(segments[1])] ?? first.row) : first.row;
    const key = (isItem ? [segments[0], ...segments.slice(2)] : segments).join('.');
    const column =
      columns.find((c) => c.part === part && c.name === key)?.name ??
      layout.columns.find((c) => c.part === part && (c.name === key || c.name.startsWith(`${key}.`)))?.name ??
      key;
    return { row, column, message: issueText(issue, lang) };
  };

  const checkedEnvelope = validateDraftEnvelope(envelope, lang);
  if (!checkedEnvelope.ok) errors.push(...checkedEnvelope.error.map((i) => toRowError(i, 'envelope')));
  const checkedBody = validateMessage(type, body, lang);
  if (!checkedBody.ok) errors.push(...checkedBody.error.map((i) => toRowError(i, 'body')));
  if (!checkedEnvelope.ok || !checkedBody.ok) return err(errors);
  return ok({
    rows: group.lines.map((l) => l.row),
    envelope: checkedEnvelope.value,
    body: checkedBody.value,
  });
}
