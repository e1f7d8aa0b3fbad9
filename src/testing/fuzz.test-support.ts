import fc from 'fast-check';

/** A JSON schema as the OpenAPI document carries it (TypeBox output). */
export interface JsonSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface KnownValues {
  /** Ids of rows the caller's organisation holds. */
  readonly ownIds: readonly string[];
  /** Ids of another organisation's rows. */
  readonly foreignIds: readonly string[];
  /** Plain strings the API knows (department codes, national numbers, logins). */
  readonly words: readonly string[];
}

const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '',
  ' ',
  "'; DROP TABLE debtors; --",
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  '1e309',
  '-0',
  '9999-99-99',
  '2026-02-30',
  '€'.repeat(3000),
];

/** Values of the wrong type or of absurd size, for any place in a request. */
export const wrongValue = (known: KnownValues): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(
      null,
      true,
      0,
      -1,
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER,
      2 ** 63,
      0.5,
      [],
      {},
      [[[]]],
      'x'.repeat(100_000),
      ...NASTY_STRINGS,
    ),
    fc.constantFrom(...known.foreignIds, `urn:uuid:${known.ownIds[0] ?? ''}`),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );

export function stringFor(schema: JsonSchema, known: KnownValues): fc.Arbitrary<string> {
  if (schema.format === 'uuid')
    return fc.oneof(fc.constantFrom(...known.ownIds, ...known.foreignIds), fc.uuid());
  if (schema.format === 'date')
    return fc.oneof(
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.constantFrom('2026-11-24', '2026-02-29', '0000-01-01'),
    );
  const max = Math.min(schema.maxLength ?? 40, 60);
  return fc.oneof(
    fc.string({ minLength: Math.min(schema.minLength ?? 0, max), maxLength: max }),
    fc.constantFrom(...known.words),
  );
}

/** An arbitrary of values that fit the schema (loosely: patterns are ignored). */
export function valueFor(schema: JsonSchema, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((s) => valueFor(s, known, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return valueFor(schema.allOf[0] ?? {}, known, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema, known);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: Math.min(schema.maximum ?? 1_000_000, 2 ** 31) });
    case 'number':
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e9,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor(schema.items ?? {}, known, depth + 1), { maxLength: 3 });
    case 'object': {
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, s] of Object.entries(properties)) record[key] = valueFor(s, known, depth + 1);
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A body as text: mostly schema-shaped, else mutated (wrong types, `__proto__`, deep nesting, junk). */
export function bodyFor(schema: JsonSchema | null, known: KnownValues): fc.Arbitrary<string> {
  const shaped = schema ? valueFor(schema, known) : fc.jsonValue({ maxDepth: 2 });
  const mutated = fc
    .tuple(shaped, fc.string({ maxLength: 12 }), wrongValue(known))
    .map(([value, key, wrong]) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        const target = keys.length > 0 ? (keys[key.length % keys.length] ?? key) : key;
        return JSON.stringify({ ...value, [target]: wrong });
      }
      return JSON.stringify(wrong);
    });
  const tricks = fc.oneof(
    shaped.map((v) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? JSON.stringify(v).replace(/^\{/, '{"__proto__":{"admin":true},')
        : '{"__proto__":{"admin":true}}',
    ),
    shaped.map((v) => JSON.stringify(v).replace(/^\{/, '{"constructor":{"prototype":{"x":1}},')),
    fc.constantFrom(
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
      '{"a":',
      'null',
      '',
      '"\\u0000"',
      '{"x":"\\ud800"}',
    ),
  );
  return fc.oneof(
    { weight: 4, arbitrary: shaped.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 3, arbitrary: mutated },
    { weight: 1, arbitrary: tricks },
  );
}

/** Text that would reveal internals: a stack trace, SQL, a driver's or the database's own error. */
export const LEAK =
  /\n\s+at [^\n]+:\d+:\d+|node_modules|\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[^"]{0,80}\b(FROM|WHERE|SET|VALUES)\b|syntax error at|violates [a-z ]*constraint|invalid input syntax|duplicate key value|relation "[a-z_]+"/i;
