import type { TSchema } from '@sinclair/typebox';
import { BODY_SCHEMAS, type MessageType } from './message-schemas.ts';

/**
 * CSV layout per message type, derived from the body schema so the two cannot drift apart:
 * nested objects become dotted columns (`client.address.street`), and the one list of objects a
 * type may have (`claims`) becomes one row per item, rows of one message sharing a `messageRef`.
 */
export type ColumnKind = 'text' | 'integer' | 'boolean';

export interface CsvColumn {
  readonly name: string;
  /** Path inside the envelope or body object. */
  readonly path: readonly string[];
  readonly kind: ColumnKind;
  /** Must appear in the header (a value may still be optional per message rules). */
  readonly required: boolean;
  /** Belongs to an item of the list field rather than to the message. */
  readonly item: boolean;
  readonly part: 'envelope' | 'body';
  readonly values?: readonly string[];
}

export interface CsvLayout {
  readonly type: MessageType;
  /** The body field holding the list of items, or null: then one row is one message. */
  readonly listField: string | null;
  readonly columns: readonly CsvColumn[];
}

/** Envelope columns a sender fills in; id, sender and sentAt are assigned by the hub. */
const DRAFT_ENVELOPE_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'conversationId',
    path: ['conversationId'],
    kind: 'text',
    required: false,
    item: false,
    part: 'envelope',
  },
  { name: 'recipient', path: ['recipient'], kind: 'text', required: true, item: false, part: 'envelope' },
  {
    name: 'debtorReference',
    path: ['debtorReference'],
    kind: 'text',
    required: true,
    item: false,
    part: 'envelope',
  },
  { name: 'inReplyTo', path: ['inReplyTo'], kind: 'text', required: false, item: false, part: 'envelope' },
  { name: 'urgent', path: ['urgent'], kind: 'boolean', required: true, item: false, part: 'envelope' },
];

export const MESSAGE_REF_COLUMN = 'messageRef';
/** Extra columns in downloads, before the upload columns. */
export const DOWNLOAD_ONLY_COLUMNS = ['id', 'sentAt', 'sender'] as const;

function leafKind(schema: TSchema): { kind: ColumnKind; values?: readonly string[] } {
  if (Array.isArray(schema.anyOf)) {
    return { kind: 'text', values: schema.anyOf.map((m: TSchema) => String(m.const)) };
  }
  if (schema.type === 'integer') return { kind: 'integer' };
  if (schema.type === 'boolean') return { kind: 'boolean' };
  if (schema.type === 'string') return { kind: 'text' };
  throw new Error(`no CSV column kind for schema type ${String(schema.type)}`);
}

function walk(
  schema: TSchema,
  path: string[],
  required: boolean,
  item: boolean,
  out: CsvColumn[],
  lists: string[],
): void {
  const requiredKeys: readonly string[] = schema.required ?? [];
  for (const [key, child] of Object.entries(schema.properties as Record<string, TSchema>)) {
    const childRequired = required && requiredKeys.includes(key);
    const childPath = [...path, key];
    if (child.type === 'object') walk(child, childPath, childRequired, item, out, lists);
    else if (child.type === 'array') {
      if (item || child.items?.type !== 'object') throw new Error(`unsupported list in CSV layout: ${key}`);
      lists.push(key);
      walk(child.items, childPath, true, true, out, lists);
    } else {
      const name = childPath.join('.');
      out.push({ name, path: childPath, required: childRequired, item, part: 'body', ...leafKind(child) });
    }
  }
}

function buildLayout(type: MessageType): CsvLayout {
  const columns: CsvColumn[] = [];
  const lists: string[] = [];
  walk(BODY_SCHEMAS[type], [], true, false, columns, lists);
  if (lists.length > 1) throw new Error(`${type}: a CSV layout supports one list field`);
  const listField = lists[0] ?? null;
  const ref: CsvColumn[] = listField
    ? [{ name: MESSAGE_REF_COLUMN, path: [], kind: 'text', required: true, item: false, part: 'envelope' }]
    : [];
  return { type, listField, columns: [...ref, ...DRAFT_ENVELOPE_COLUMNS, ...columns] };
}

const layouts = new Map<MessageType, CsvLayout>();

export function csvLayout(type: MessageType): CsvLayout {
  let layout = layouts.get(type);
  if (!layout) {
    layout = buildLayout(type);
    layouts.set(type, layout);
  }
  return layout;
}

/** The upload header of a type, in order. */
export function csvHeader(type: MessageType): string[] {
  return csvLayout(type).columns.map((c) => c.name);
}
