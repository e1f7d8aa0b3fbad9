/** Social facts: import from feed files (idempotent) and read per person. */

import { FACT_KINDS, type Fact, type FactKind, factCode } from '../kernel/eligibility/facts.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import {
  debtorsByIdentifier,
  type FactRow,
  linkFacts,
  signalsToWorklist,
  upsertFacts,
} from './fact-store.ts';
import { type FeedFormat, type FeedRecord, parseFeed } from './feeds.ts';
import { eligibilityMessages } from './messages.ts';

/** An early signal dated within this many days is new enough to ask for outreach. */
export const SIGNAL_FRESH_DAYS = 90;

export interface FactImportInput {
  readonly kind: string;
  readonly format: FeedFormat;
  readonly text: string;
  readonly source: string;
  /** Import the good rows even when some rows are wrong (default: all or nothing). */
  readonly partial?: boolean;
}

export interface FactImportReport {
  readonly kind: FactKind;
  readonly source: string;
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Facts whose person is already a debtor. */
  readonly linked: number;
  /** Early signals that put someone on the worklist. */
  readonly worklist: number;
  readonly rejectedWhole: boolean;
  readonly errors: readonly { row: number; field: string; message: string }[];
}

export function factKey(personKey: string, fact: Fact): string {
  return `${personKey}|${fact.kind}|${fact.source}|${factCode(fact)}|${fact.period.from}`;
}

function toRow(record: FeedRecord, debtorId: string | null): FactRow {
  const personKind = record.person.scheme === 'bsn' ? 'nl' : 'be';
  const f = record.fact;
  return {
    factKey: factKey(`${personKind}:${record.person.value}`, f),
    personKind,
    personValue: record.person.value,
    debtorId,
    kind: f.kind,
    code: factCode(f),
    source: f.source,
    from: f.period.from,
    to: f.period.to,
    fact: f,
  };
}

function isFactKind(kind: string): kind is FactKind {
  return (FACT_KINDS as readonly string[]).includes(kind);
}

export async function importFacts(
  database: Database,
  scope: Scope,
  input: FactImportInput,
  today: string,
): Promise<Result<FactImportReport, Failure>> {
  const { kind, source } = input;
  if (!isFactKind(kind))
    return err(
      failure(
        'invalid',
        'unknown_fact_kind',
        eligibilityMessages.text(scope.lang, 'unknownFactKind', { kind, kinds: FACT_KINDS.join(', ') }),
      ),
    );
  if (source.trim() === '' || source.length > 100)
    return err(failure('invalid', 'missing_source', eligibilityMessages.text(scope.lang, 'giveSource')));
  const parsed = parseFeed(kind, input.format, input.text, source.trim());
  const errors = parsed.errors.map((e) => ({
    row: e.row,
    field: e.field,
    message: e.message[scope.lang],
  }));
  const rows = parsed.records.length + new Set(parsed.errors.map((e) => e.row)).size;
  const rejectedWhole = errors.length > 0 && (!input.partial || parsed.records.length === 0);
  const empty = { kind, source, rows, inserted: 0, updated: 0, unchanged: 0, linked: 0, worklist: 0 };
  if (rejectedWhole) return ok({ ...empty, rejectedWhole, errors });
  return database.db.transaction().execute(async (trx) => {
    const report = await writeRecords(trx, scope, parsed.records, today);
    await audit(trx, scope, 'eligibility.facts_imported', 'eligibility_facts', null, {
      kind,
      source,
      rows,
      ...report,
      errors: errors.length,
    });
    return ok({ ...empty, ...report, rejectedWhole: false, errors });
  });
}

async function writeRecords(trx: Executor, scope: Scope, records: readonly FeedRecord[], today: string) {
  const debtors = await debtorsByIdentifier(
    trx,
    scope.orgId,
    records.map((r) => ({ kind: r.person.scheme === 'bsn' ? 'nl' : 'be', value: r.person.value })),
  );
  const rows = records.map((r) =>
    toRow(r, debtors.get(`${r.person.scheme === 'bsn' ? 'nl' : 'be'}:${r.person.value}`) ?? null),
  );
  const counts = await upsertFacts(trx, scope.orgId, rows);
  const worklist = await signalsToWorklist(trx, scope.orgId, today, SIGNAL_FRESH_DAYS);
  return { ...counts, linked: rows.filter((r) => r.debtorId !== null).length, worklist };
}

/** Writes already-built fact rows (demo feed, tests): same upsert, no file parsing. */
export async function storeFactRows(
  database: Database,
  scope: Scope,
  rows: readonly FactRow[],
  today: string,
): Promise<{ inserted: number; updated: number; unchanged: number; worklist: number }> {
  return database.db.transaction().execute(async (trx) => {
    const counts = await upsertFacts(trx, scope.orgId, rows);
    await linkFacts(trx, scope.orgId);
    const worklist = await signalsToWorklist(trx, scope.orgId, today, SIGNAL_FRESH_DAYS);
    await audit(trx, scope, 'eligibility.facts_imported', 'eligibility_facts', null, { ...counts, worklist });
    return { ...counts, worklist };
  });
}
