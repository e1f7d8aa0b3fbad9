import { randomUUID } from 'node:crypto';
import { centsToDecimal } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { unknownDepartment } from '../organisations/service.ts';
import { findDepartment } from '../organisations/store.ts';
import { audit } from '../platform/audit.ts';
import { copyLine } from '../platform/copy-text.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { type ClaimRow, type RowError, validateClaimRecord } from './claim-row.ts';
import { type HeaderMap, mapHeader } from './columns.ts';
import { duplicateClaimIdError, type ImportReport, reportedError } from './import-report.ts';
import {
  cleanInterruptedImports,
  deleteStagedRows,
  deleteStagingRows,
  finishImport,
  frozenChargeRaises,
  heartbeat,
  type ImportKey,
  insertImport,
  markInterrupted,
  mergeStagedImport,
  netOutWaivedCharges,
  type PhaseListener,
  previewMerge,
  STAGING_COLUMNS,
  timed,
} from './import-store.ts';
import { type CsvHeaderInfo, readCsvRecords } from './io-csv-reader.ts';
import { type RejectedRecord, rejectedCsv } from './io-rejected-writer.ts';
import { claimsMessages, type Lang, rowErrorMessage } from './messages.ts';

export interface ImportOptions {
  readonly departmentCode: string;
  readonly input: AsyncIterable<Buffer | Uint8Array>;
  readonly fileName?: string;
  /** Import the good rows and return the bad ones as a CSV to fix. */
  readonly partial?: boolean;
  /** Validate and count, write nothing. */
  readonly dryRun?: boolean;
  /** Called with the number of rows read so far. */
  readonly onProgress?: (rows: number) => void;
  /** Called after each phase with its wall time (the import benchmark prints them). */
  readonly onPhase?: PhaseListener;
}

export interface ImportOutcome {
  readonly importId: string;
  readonly report: ImportReport;
  /** True when nothing was written because the file had bad rows (all-or-nothing). */
  readonly rejectedWhole: boolean;
  /** The bad rows as CSV (same columns + an error column), when there are any. */
  readonly rejectedCsv: string | null;
}

/**
 * Imports a department's claims file. The file streams into a staging table (COPY) while each row
 * is validated; the merge into claims and debtors then runs in one transaction, so a file is
 * imported whole or not at all, and importing it again changes nothing.
 */
export async function importClaims(
  database: Database,
  scope: Scope,
  opts: ImportOptions,
): Promise<Result<ImportOutcome, Failure>> {
  const department = await findDepartment(database.db, scope.orgId, opts.departmentCode.trim().toUpperCase());
  if (!department) return err(unknownDepartment(scope.lang, opts.departmentCode));
  const key: ImportKey = { importId: randomUUID(), orgId: scope.orgId, departmentId: department.id };
  const mode = opts.dryRun ? 'dry_run' : opts.partial ? 'partial' : 'all_or_nothing';
  await insertImport(database.db, key, opts.fileName ?? null, mode);
  const beating = setInterval(() => {
    heartbeat(database.db, key.importId).catch(() => undefined);
  }, 20_000);

  let header: CsvHeaderInfo | null = null;
  let map: HeaderMap | null = null;
  let fileFailure: Failure | null = null;
  let rows = 0;
  const rejected: RejectedRecord[] = [];
  // Each claim id once per file: the first valid row keeps it, a later one is refused while parsing.
  const firstRowOf = new Map<string, number>();

  async function* stagedLines(): AsyncGenerator<string> {
    for await (const item of readCsvRecords(opts.input, {
      lang: scope.lang,
      fileName: opts.fileName ?? '',
    })) {
      if (item.kind === 'error') {
        fileFailure = failure('invalid', item.error.code, item.error.message, item.error);
        return;
      }
      if (item.kind === 'header') {
        header = item;
        const mapped = mapHeader(item.header, scope.lang);
        if (!mapped.ok) {
          fileFailure = failure('invalid', mapped.error.code, mapped.error.message, mapped.error);
          return;
        }
        map = mapped.value;
        continue;
      }
      if (!map) return;
      // one string per batch of records: one trip through the COPY pipeline instead of one per line
      let lines = '';
      for (const record of item.records) {
        rows++;
        const checked = validateClaimRecord(record.fields, map, record.row, scope.lang);
        if (!checked.ok) {
          rejected.push({ row: record.row, fields: record.fields, errors: checked.error });
          continue;
        }
        const first = firstRowOf.get(checked.value.claimId);
        if (first === undefined) {
          firstRowOf.set(checked.value.claimId, record.row);
          lines += stagingLine(key.importId, record.row, checked.value);
        } else {
          const e = duplicateClaimIdError(
            record.row,
            checked.value.claimId,
            first,
            scope.lang,
            map.columnName.claimId,
          );
          rejected.push({ row: record.row, fields: record.fields, errors: [e.error] });
        }
      }
      if (lines !== '') yield lines;
      opts.onProgress?.(rows);
    }
    if (!header && !fileFailure) {
      fileFailure = failure('invalid', 'empty_file', claimsMessages.text(scope.lang, 'fileEmpty'));
    }
  }

  const phase = opts.onPhase ?? null;
  try {
    await timed(phase, 'stage', () => database.copyInto('claim_import_rows', STAGING_COLUMNS, stagedLines()));
    firstRowOf.clear();
    if (fileFailure) {
      await finishImport(database.db, key.importId, {
        ...emptyCounts(rows),
        status: 'rejected',
        rejected: rows,
      });
      return err(fileFailure);
    }
    const info = header as CsvHeaderInfo | null;
    const headerMap = map as HeaderMap | null;
    if (!info || !headerMap) throw new Error('import without header');

    // Claims bundled in an EvS file are frozen: a row raising their charges is refused.
    const raises = await timed(phase, 'frozen charges', () => frozenChargeRaises(database.db, key));
    for (const raise of raises) {
      rejected.push({
        row: raise.row_no,
        fields: fieldsForDuplicate(info.header, headerMap, raise.claim_id),
        errors: [frozenChargesError(raise.row_no, raise.charges, raise.allowed, scope.lang)],
      });
    }
    await deleteStagedRows(
      database.db,
      key.importId,
      raises.map((r) => r.row_no),
    );
    await timed(phase, 'net out reductions', () => netOutWaivedCharges(database.db, key));
    rejected.sort((a, b) => a.row - b.row);
    const reported = rejected.flatMap((r) => r.errors.map(reportedError));
    const badCsv =
      rejected.length > 0 ? rejectedCsv(info.header, info.separator, rejected, scope.lang) : null;

    if (rejected.length > 0 && !opts.partial) {
      await finishImport(database.db, key.importId, {
        ...emptyCounts(rows),
        status: 'rejected',
        rejected: rejected.length,
        rejectedCsv: badCsv,
      });
      return ok({
        importId: key.importId,
        report: { rows, created: 0, updated: 0, unchanged: 0, rejected: reported, rejectedFile: null },
        rejectedWhole: true,
        rejectedCsv: badCsv,
      });
    }

    const accepted = rows - rejected.length;
    let counts: { created: number; updated: number };
    if (opts.dryRun) {
      counts = await previewMerge(database.db, key);
      await finishImport(database.db, key.importId, {
        status: 'dry_run',
        rows,
        ...counts,
        unchanged: accepted - counts.created - counts.updated,
        rejected: rejected.length,
        rejectedCsv: badCsv,
      });
    } else {
      counts = await database.db.transaction().execute(async (trx) => {
        const merged = await mergeStagedImport(trx, key, accepted, phase);
        await finishImport(trx, key.importId, {
          status: 'committed',
          rows,
          ...merged,
          unchanged: accepted - merged.created - merged.updated,
          rejected: rejected.length,
          rejectedCsv: badCsv,
        });
        await audit(trx, scope, 'claims.imported', 'claim_import', key.importId, {
          department: department.code,
          rows,
          ...merged,
          rejected: rejected.length,
        });
        return merged;
      });
    }
    return ok({
      importId: key.importId,
      report: {
        rows,
        created: counts.created,
        updated: counts.updated,
        unchanged: accepted - counts.created - counts.updated,
        rejected: reported,
        rejectedFile: null,
      },
      rejectedWhole: false,
      rejectedCsv: badCsv,
    });
  } catch (e) {
    // Whatever went wrong, the import row never stays `running` after its request ended.
    await markInterrupted(database.db, key.importId).catch(() => undefined);
    throw e;
  } finally {
    clearInterval(beating);
    await timed(phase, 'clean staging', () => deleteStagingRows(database.db, key.importId));
  }
}

export { cleanInterruptedImports };

function emptyCounts(rows: number) {
  return { rows, created: 0, updated: 0, unchanged: 0, rejected: 0, rejectedCsv: null };
}

function stagingLine(importId: string, row: number, c: ClaimRow): string {
  return copyLine([
    importId,
    row,
    c.claimId,
    c.nationalNumber,
    c.nationalNumberKind,
    c.customerNumber,
    c.name,
    c.birthDate,
    c.street,
    c.houseNumber,
    c.postalCode,
    c.city,
    c.category,
    c.principal,
    c.charges,
    c.paid,
    c.issueDate,
    c.dueDate,
    c.status,
  ]);
}

function frozenChargesError(row: number, charges: number, allowed: number, lang: Lang): RowError {
  const value = centsToDecimal(charges);
  return {
    row,
    field: 'charges',
    column: 'charges',
    value,
    code: 'charges_frozen',
    message: rowErrorMessage('charges_frozen', lang, { column: 'charges', allowed: centsToDecimal(allowed) }),
  };
}

/** A later duplicate is only known by its claim id once staged; the fixed file needs a new id anyway. */
function fieldsForDuplicate(header: readonly string[], map: HeaderMap, claimId: string): string[] {
  const fields = header.map(() => '');
  if (map.index.claimId >= 0) fields[map.index.claimId] = claimId;
  return fields;
}
