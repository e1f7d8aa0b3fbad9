import { centsToDecimal, parseAmount } from '#kernel/money.ts';

/**
 * The hub message body as a form: the body schemas (TypeBox, i.e. JSON Schema) of
 * src/hub/message-schemas.ts drive the fields, so every message type gets its own form and a new
 * field needs no web change. Form values are text (amounts as typed, "12,50"); `toBody` turns them
 * into the body the API expects (cents, basis points) and `fromBody` the other way for drafts.
 */
export interface FieldSchema {
  type?: string;
  format?: string;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  minItems?: number;
  anyOf?: { const?: string }[];
}

export type FormValue = string | boolean | FormValue[] | { [key: string]: FormValue | undefined } | undefined;

export const isAmount = (name: string) => name.endsWith('Cents');
export const isPercentage = (name: string) => name.endsWith('BasisPoints');
export const choicesOf = (s: FieldSchema): string[] | null =>
  s.anyOf?.every((a) => typeof a.const === 'string') ? s.anyOf.map((a) => a.const as string) : null;

/** An empty form for a schema: required objects filled in, choices on their first value. */
export function emptyValue(schema: FieldSchema, name = ''): FormValue {
  const choices = choicesOf(schema);
  if (choices) return choices[0] ?? '';
  if (schema.type === 'object') {
    const out: Record<string, FormValue> = {};
    for (const [key, child] of Object.entries(schema.properties ?? {}))
      if (schema.required?.includes(key)) out[key] = emptyValue(child, key);
    return out;
  }
  if (schema.type === 'array')
    return schema.items && (schema.minItems ?? 0) > 0 ? [emptyValue(schema.items, name)] : [];
  if (schema.type === 'boolean') return false;
  return name === 'country' ? 'BE' : '';
}

/** The API body from the form: empty optional fields left out, amounts in cents. */
export function toBody(schema: FieldSchema, value: FormValue, name = ''): unknown {
  if (value === undefined) return undefined;
  if (schema.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const v = toBody(child, value[key], key);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (schema.type === 'array' && Array.isArray(value))
    return value.map((v) => (schema.items ? toBody(schema.items, v, name) : v));
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (schema.type === 'integer') {
    if (isAmount(name)) {
      const cents = parseAmount(text);
      return cents.ok ? cents.value : text; // the server names the field that is wrong
    }
    const n = Number(text.replace(',', '.'));
    if (Number.isNaN(n)) return text;
    return isPercentage(name) ? Math.round(n * 100) : n;
  }
  return text;
}

/** The form from a body (a drafted answer): cents as euro text, basis points as a percentage. */
export function fromBody(schema: FieldSchema, body: unknown, name = ''): FormValue {
  if (body === undefined || body === null) return undefined;
  if (schema.type === 'object' && typeof body === 'object' && !Array.isArray(body)) {
    const out: Record<string, FormValue> = {};
    const record = body as Record<string, unknown>;
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const v = fromBody(child, record[key], key);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (schema.type === 'array' && Array.isArray(body))
    return body.map((b) => (schema.items ? fromBody(schema.items, b, name) : String(b)));
  if (typeof body === 'boolean') return body;
  if (typeof body === 'number') {
    if (isAmount(name)) return centsToDecimal(body).replace('.', ',');
    if (isPercentage(name)) return String(body / 100).replace('.', ',');
    return String(body);
  }
  return String(body);
}
