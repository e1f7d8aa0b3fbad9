import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { IsoDate } from '../kernel/dates.ts';
import { isIsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';

/**
 * Dated, sourced tables of the income that the law protects from seizure. Tables are data (JSON in
 * `legal-tables/`, later also entered by administrators), so every table is validated before use.
 * All amounts are integer cents per calendar month.
 */

const CentsField = Type.Integer({ minimum: 0 });
const Band = Type.Object(
  { upToCents: CentsField, percent: Type.Number({ minimum: 0, maximum: 100 }) },
  { additionalProperties: false },
);
const Common = {
  version: Type.String({ minLength: 1 }),
  validFrom: Type.String(),
  validTo: Type.String(),
  source: Type.String({ minLength: 10 }),
  sourceUrls: Type.Optional(Type.Array(Type.String())),
  verified: Type.Boolean(),
  notes: Type.Optional(Type.String()),
};

/** Belgium, art. 1409 Judicial Code: fully protected up to a threshold, then bands of 20/30/40 %. */
const BeArt1409Schema = Type.Object(
  {
    country: Type.Literal('BE'),
    kind: Type.Literal('BE_ART_1409'),
    ...Common,
    unseizableUpToCents: CentsField,
    /** Bands above `unseizableUpToCents`, ascending; income above the last band is fully seizable. */
    workIncomeBands: Type.Array(Band, { minItems: 1 }),
    replacementIncomeBands: Type.Optional(Type.Array(Band, { minItems: 1 })),
    /** The seizable amount is reduced by this much per dependent child (art. 1409 §1, 4th para). */
    perDependentChildCents: CentsField,
  },
  { additionalProperties: false },
);

/** Netherlands, beslagvrije voet — a simplified, documented rule (see the table's notes). */
const NlBvvSchema = Type.Object(
  {
    country: Type.Literal('NL'),
    kind: Type.Literal('NL_BVV_SIMPLIFIED'),
    ...Common,
    lowIncomeProtectedPercent: Type.Number({ minimum: 0, maximum: 100 }),
    maximumCents: Type.Object(
      { single: CentsField, singleParent: CentsField, couple: CentsField, coupleWithChildren: CentsField },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const LegalTableSchema = Type.Union([BeArt1409Schema, NlBvvSchema]);

export type IncomeBand = Static<typeof Band>;
export type BeArt1409Table = Static<typeof BeArt1409Schema>;
export type NlBvvTable = Static<typeof NlBvvSchema>;
export type LegalTable = BeArt1409Table | NlBvvTable;
export type Country = LegalTable['country'];

function bandProblems(bands: readonly IncomeBand[], floor: number, name: string): string[] {
  const problems: string[] = [];
  let previous = floor;
  bands.forEach((band, i) => {
    if (band.upToCents <= previous) problems.push(`${name}[${i}].upToCents must be above ${previous}`);
    previous = band.upToCents;
  });
  return problems;
}

/** Checks shape and meaning (real dates, ordered bands). Returns the table typed, or every problem found. */
export function validateLegalTable(input: unknown): Result<LegalTable, string[]> {
  if (!Value.Check(LegalTableSchema, input)) {
    const kind = (input as { kind?: unknown } | null)?.kind;
    const schema = kind === 'NL_BVV_SIMPLIFIED' ? NlBvvSchema : BeArt1409Schema;
    const problems = [...Value.Errors(schema, input)].map((e) => `${e.path || '/'}: ${e.message}`);
    return err(problems.length > 0 ? problems : ['unknown table kind']);
  }
  const table = input as LegalTable;
  const problems: string[] = [];
  if (!isIsoDate(table.validFrom)) problems.push('validFrom must be a YYYY-MM-DD date');
  if (!isIsoDate(table.validTo)) problems.push('validTo must be a YYYY-MM-DD date');
  if (problems.length === 0 && table.validTo < table.validFrom) problems.push('validTo is before validFrom');
  if (table.kind === 'BE_ART_1409') {
    problems.push(...bandProblems(table.workIncomeBands, table.unseizableUpToCents, 'workIncomeBands'));
    if (table.replacementIncomeBands) {
      problems.push(
        ...bandProblems(table.replacementIncomeBands, table.unseizableUpToCents, 'replacementIncomeBands'),
      );
    }
  }
  return problems.length > 0 ? err(problems) : ok(table);
}

export type TableLookupError =
  | { code: 'no_table_in_force'; country: Country; date: IsoDate }
  | { code: 'overlapping_tables'; country: Country; date: IsoDate; versions: string[] };

export function isInForce(table: LegalTable, date: IsoDate): boolean {
  return table.validFrom <= date && date <= table.validTo;
}

/** The one table of `country` in force on `date` (bounds inclusive). Overlaps are a data error, not a choice. */
export function tableFor(
  tables: readonly LegalTable[],
  country: Country,
  date: IsoDate,
): Result<LegalTable, TableLookupError> {
  const matches = tables.filter((t) => t.country === country && isInForce(t, date));
  const [only, ...rest] = matches;
  if (!only) return err({ code: 'no_table_in_force', country, date });
  if (rest.length > 0) {
    return err({ code: 'overlapping_tables', country, date, versions: matches.map((t) => t.version) });
  }
  return ok(only);
}
