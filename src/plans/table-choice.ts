import type { IsoDate } from '../kernel/dates.ts';
import type { Lang } from '../kernel/i18n.ts';
import { ok, type Result } from '../kernel/result.ts';
import { type Country, type LegalTable, type TableLookupError, tableFor } from './legal-table.ts';
import { plansMessages } from './messages.ts';

/** Why a plan had to use a table that is not the verified one in force; shown and stored with the plan. */
export type TableWarning =
  | {
      readonly code: 'table_out_of_date';
      readonly usedVersion: string;
      readonly usedValidTo: IsoDate;
      readonly date: IsoDate;
    }
  | { readonly code: 'table_unverified'; readonly usedVersion: string };

export interface TableChoice {
  readonly table: LegalTable;
  /** The date to compute with: `date` itself, or the last day of the older table used instead. */
  readonly computeDate: IsoDate;
  readonly warnings: readonly TableWarning[];
}

/**
 * The table in force on `date`; when none is (a new year's table not yet added), the latest earlier
 * table of the country, never silently: the choice carries a `table_out_of_date` warning.
 */
export function chooseTable(
  tables: readonly LegalTable[],
  country: Country,
  date: IsoDate,
): Result<TableChoice, TableLookupError> {
  const found = tableFor(tables, country, date);
  let table: LegalTable;
  let computeDate = date;
  const warnings: TableWarning[] = [];
  if (found.ok) {
    table = found.value;
  } else {
    if (found.error.code !== 'no_table_in_force') return found;
    const earlier = tables
      .filter((t) => t.country === country && t.validTo < date)
      .sort((a, b) => (a.validTo < b.validTo ? 1 : a.validTo > b.validTo ? -1 : 0));
    const latest = earlier[0];
    if (!latest) return found;
    table = latest;
    computeDate = latest.validTo;
    warnings.push({
      code: 'table_out_of_date',
      usedVersion: latest.version,
      usedValidTo: latest.validTo,
      date,
    });
  }
  if (!table.verified) warnings.push({ code: 'table_unverified', usedVersion: table.version });
  return ok({ table, computeDate, warnings });
}

export function tableWarningText(w: TableWarning, lang: Lang): string {
  if (w.code === 'table_unverified')
    return plansMessages.text(lang, 'tableUnverified', { version: w.usedVersion });
  return plansMessages.text(lang, 'tableOutOfDate', {
    date: w.date,
    version: w.usedVersion,
    validTo: w.usedValidTo,
  });
}
