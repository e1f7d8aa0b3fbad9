import type { ImportReport } from '../claims/import-report.ts';
import { importClaims } from '../claims/import-service.ts';
import { debtorIdByNationalNumber, resolveDebtor, unknownDebtor } from '../debtors/service.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { debtorFileDocument, type OsloDocument } from './export-document.ts';
import { claimRecords, recordsCsv } from './import-claims.ts';
import { jsonLdToQuads, type Violation, validateQuads } from './io-rdf.ts';
import { osloMessages } from './messages.ts';
import { solvencyForExport } from './solvency-store.ts';
import {
  claimsForExport,
  organisationOf,
  paymentsForExport,
  personForExport,
  plansForExport,
} from './store.ts';

/** A debtor's file as OSLO Schuldbeheer JSON-LD, as far as the scope may see it. */
export async function exportDebtorFile(
  database: Database,
  scope: Scope,
  debtorId: string,
  today: IsoDate,
): Promise<Result<OsloDocument, Failure>> {
  const db = database.db;
  const debtor = await resolveDebtor(db, scope.orgId, debtorId);
  if (
    !debtor ||
    (scope.debtorIds && !scope.debtorIds.includes(debtor.id) && !scope.debtorIds.includes(debtorId))
  ) {
    return err(unknownDebtor(scope.lang));
  }
  const claims = await claimsForExport(db, scope, debtor.id);
  if (scope.departmentIds && claims.length === 0) return err(unknownDebtor(scope.lang));
  const person = await personForExport(db, debtor, [...new Set(claims.map((c) => c.department.code))]);
  if (!person) return err(unknownDebtor(scope.lang));
  const organisation = await organisationOf(db, scope.orgId);
  const claimIds = claims.map((c) => c.id);
  const plans = await plansForExport(db, scope.orgId, debtor.id, claimIds, today);
  const payments = await paymentsForExport(db, scope.orgId, plans, claimIds);
  // Social facts are not for a department's eyes: a department-scoped export carries no solvency.
  const solvency = scope.departmentIds ? null : await solvencyForExport(db, scope.orgId, debtor.id, today);
  return ok(debtorFileDocument({ organisation, person, claims, plans, payments, solvency }, today));
}

export async function exportByNationalNumber(
  database: Database,
  scope: Scope,
  nationalNumber: string,
  today: IsoDate,
) {
  const id = await debtorIdByNationalNumber(database, scope, nationalNumber);
  return id.ok ? exportDebtorFile(database, scope, id.value, today) : id;
}

export interface OsloImportOptions {
  /** The sending department; when absent, taken from the claim identifiers (one import per department). */
  readonly departmentCode?: string;
  readonly partial?: boolean;
  readonly dryRun?: boolean;
  /** Refuses a department the actor may not import for; asked for every department before anything is written. */
  readonly refuse?: (departmentCode: string) => Promise<Failure | null>;
}

export interface OsloImportResult {
  readonly department: string;
  readonly report: ImportReport;
  readonly rejectedWhole: boolean;
  readonly importId: string;
  /** The Schuldvordering node of each reported row (row 2 is the first claim). */
  readonly subjects: readonly string[];
}

function shapeFailure(lang: Lang, violations: readonly Violation[]): Failure {
  return failure('invalid', 'oslo_shapes', osloMessages.text(lang, 'shapes', { count: violations.length }), {
    violations: violations.slice(0, 200),
  });
}

/**
 * Imports the claims of an OSLO Schuldbeheer JSON-LD document. The document must conform to the
 * shapes; its claims then become rows for the claims import (same validation, report, all-or-nothing
 * and idempotency as a CSV), one import per sending department.
 */
export async function importOsloClaims(
  database: Database,
  scope: Scope,
  document: unknown,
  opts: OsloImportOptions = {},
): Promise<Result<OsloImportResult[], Failure>> {
  if (typeof document !== 'object' || document === null) {
    return err(failure('invalid', 'oslo_not_json_ld', osloMessages.text(scope.lang, 'notJsonLd')));
  }
  let quads: Awaited<ReturnType<typeof jsonLdToQuads>>;
  try {
    quads = await jsonLdToQuads(document);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err(
      failure('invalid', 'oslo_not_json_ld', osloMessages.text(scope.lang, 'invalidJsonLd', { detail })),
    );
  }
  const violations = await validateQuads(quads);
  if (violations.length > 0) return err(shapeFailure(scope.lang, violations));
  const records = claimRecords(quads);
  if (records.length === 0) {
    return err(failure('invalid', 'empty_file', osloMessages.text(scope.lang, 'noClaims')));
  }
  const wanted = opts.departmentCode?.trim().toUpperCase();
  const groups = new Map<string, typeof records>();
  for (const r of records) {
    const code = wanted ?? r.department;
    if (!code) {
      return err(
        failure('invalid', 'department_missing', osloMessages.text(scope.lang, 'departmentMissing')),
      );
    }
    if (wanted && r.department && r.department !== wanted) {
      return err(
        failure(
          'invalid',
          'other_department',
          osloMessages.text(scope.lang, 'otherDepartment', { department: r.department }),
        ),
      );
    }
    groups.set(code, [...(groups.get(code) ?? []), r]);
  }
  for (const code of groups.keys()) {
    const refused = await opts.refuse?.(code);
    if (refused) return err(refused);
  }
  const results: OsloImportResult[] = [];
  for (const [department, group] of groups) {
    const csv = recordsCsv(group);
    const outcome = await importClaims(database, scope, {
      departmentCode: department,
      input: (async function* () {
        yield Buffer.from(csv, 'utf8');
      })(),
      fileName: 'oslo.jsonld',
      ...(opts.partial ? { partial: true } : {}),
      ...(opts.dryRun ? { dryRun: true } : {}),
    });
    if (!outcome.ok) return outcome;
    results.push({
      department,
      report: outcome.value.report,
      rejectedWhole: outcome.value.rejectedWhole,
      importId: outcome.value.importId,
      subjects: group.map((r) => r.subject),
    });
  }
  return ok(results);
}
