import { parseBsn } from '../kernel/bsn.ts';
import { formatNationalNumber, parseNationalNumber } from '../kernel/national-number.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { debtorsMessages } from './messages.ts';
import {
  customerNumbersOf,
  type DebtorRecord,
  debtorsByCustomerNumber,
  decideSuggestion,
  findDebtor,
  findDebtorByIdentifier,
  findMerge,
  findSuggestion,
  identifiersOf,
  insertMerge,
  listSuggestions,
  markMergeUndone,
  moveBack,
  moveDebtor,
  reopenSuggestion,
  type SearchHit,
  searchDebtors,
} from './store.ts';

export function unknownDebtor(lang: Lang): Failure {
  return failure('not_found', 'unknown_debtor', debtorsMessages.text(lang, 'unknownDebtor'));
}

/** A national number in any notation: Belgian rijksregister/BIS first, then Dutch BSN. */
export function parsePersonNumber(text: string): { kind: 'be' | 'nl'; value: string } | null {
  const be = parseNationalNumber(text);
  if (be.ok) return { kind: 'be', value: be.value.value };
  const nl = parseBsn(text);
  if (nl.ok) return { kind: 'nl', value: nl.value };
  return null;
}

/** Finds the debtor of a national number; the number itself is never logged or returned in errors. */
export async function debtorIdByNationalNumber(
  database: Database,
  scope: Scope,
  text: string,
): Promise<Result<string, Failure>> {
  const parsed = parsePersonNumber(text);
  if (!parsed) {
    return err(
      failure(
        'invalid',
        'invalid_national_number',
        debtorsMessages.text(scope.lang, 'invalidNationalNumber'),
      ),
    );
  }
  const id = await findDebtorByIdentifier(database.db, scope.orgId, parsed.kind, parsed.value);
  return id ? ok(id) : err(unknownDebtor(scope.lang));
}

/** A debtor merged into another one resolves to the one it was merged into. */
export async function resolveDebtor(
  db: Executor,
  orgId: string,
  id: string,
): Promise<DebtorRecord | undefined> {
  let debtor = await findDebtor(db, orgId, id);
  for (let hops = 0; debtor?.merged_into && hops < 10; hops++) {
    debtor = await findDebtor(db, orgId, debtor.merged_into);
  }
  return debtor;
}

export async function describeDebtor(db: Executor, debtor: DebtorRecord) {
  return describeWith(debtor, await identifiersOf(db, debtor.id), await customerNumbersOf(db, debtor.id));
}

/** A debtor as the API shows it, from its record, national numbers and customer numbers. */
export function describeWith(
  debtor: DebtorRecord,
  identifiers: readonly { kind: string; value: string }[],
  customerNumbers: { department: string; customerNumber: string }[],
) {
  const be = identifiers.find((i) => i.kind === 'be');
  const nl = identifiers.find((i) => i.kind === 'nl');
  const address = [
    [debtor.street, debtor.house_number].filter(Boolean).join(' '),
    [debtor.postal_code, debtor.city].filter(Boolean).join(' '),
  ]
    .filter((s) => s !== '')
    .join(', ');
  return {
    id: debtor.id,
    name: debtor.name,
    birthDate: debtor.birth_date,
    nationalNumber: be ? formatNationalNumber(be.value) : (nl?.value ?? null),
    address: address === '' ? null : address,
    householdId: debtor.household_id,
    customerNumbers,
  };
}

/** Search by name fragment, national number (any notation) or department customer number. */
/** At most this many hits per search; `hasMore` says when more people match. */
export const SEARCH_LIMIT = 50;

export async function search(
  database: Database,
  scope: Scope,
  query: string,
  limit = SEARCH_LIMIT,
): Promise<SearchHit[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  const person = parsePersonNumber(q);
  if (person) {
    const id = await findDebtorByIdentifier(database.db, scope.orgId, person.kind, person.value);
    return searchDebtors(database.db, scope, { ids: id ? [id] : [] }, limit);
  }
  const byCustomer = await debtorsByCustomerNumber(database.db, scope.orgId, q);
  if (byCustomer.length > 0) return searchDebtors(database.db, scope, { ids: byCustomer }, limit);
  return searchDebtors(database.db, scope, { name: q }, limit);
}

/** The first SEARCH_LIMIT hits (by name) and whether more people match: one row more is asked for. */
export async function searchPage(
  database: Database,
  scope: Scope,
  query: string,
): Promise<{ results: SearchHit[]; hasMore: boolean; limit: number }> {
  const hits = await search(database, scope, query, SEARCH_LIMIT + 1);
  return { results: hits.slice(0, SEARCH_LIMIT), hasMore: hits.length > SEARCH_LIMIT, limit: SEARCH_LIMIT };
}

export function suggestions(
  database: Database,
  scope: Scope,
  status: 'open' | 'confirmed' | 'rejected' = 'open',
) {
  return listSuggestions(database.db, scope.orgId, status);
}

/**
 * Confirms that two debtors are one person: the suggested newcomer is merged into the candidate
 * already known. What moved is recorded so the merge can be undone.
 */
export async function confirmSuggestion(
  database: Database,
  scope: Scope,
  suggestionId: string,
): Promise<Result<{ mergeId: string; survivorId: string }, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const s = await findSuggestion(trx, scope.orgId, suggestionId);
    if (!s) return err(unknownSuggestion(scope.lang));
    if (s.status !== 'open') return err(alreadyDecided(scope.lang));
    const moved = await moveDebtor(trx, s.debtor_id, s.candidate_id);
    const merge = await insertMerge(trx, scope.orgId, s.candidate_id, s.debtor_id, moved, scope.actor);
    await decideSuggestion(trx, s.id, 'confirmed', scope.actor);
    await audit(trx, scope, 'debtor.merged', 'debtor', s.candidate_id, {
      merged: s.debtor_id,
      mergeId: merge.id,
    });
    return ok({ mergeId: merge.id, survivorId: s.candidate_id });
  });
}

export async function rejectSuggestion(
  database: Database,
  scope: Scope,
  suggestionId: string,
  /** Why they are different people; kept with the decision (the review page asks for it). */
  reason?: string,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const s = await findSuggestion(trx, scope.orgId, suggestionId);
    if (!s) return err(unknownSuggestion(scope.lang));
    if (s.status !== 'open') return err(alreadyDecided(scope.lang));
    await decideSuggestion(trx, s.id, 'rejected', scope.actor, reason?.trim() || null);
    await audit(trx, scope, 'debtor.suggestion_rejected', 'debtor', s.debtor_id, {
      candidate: s.candidate_id,
    });
    return ok(undefined);
  });
}

export async function undoMerge(
  database: Database,
  scope: Scope,
  mergeId: string,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const m = await findMerge(trx, scope.orgId, mergeId);
    if (!m)
      return err(failure('not_found', 'unknown_merge', debtorsMessages.text(scope.lang, 'unknownMerge')));
    if (m.undone_at) {
      return err(failure('conflict', 'merge_undone', debtorsMessages.text(scope.lang, 'mergeUndone')));
    }
    await moveBack(trx, scope.orgId, m.merged_id, m.moved);
    await markMergeUndone(trx, m.id, scope.actor);
    // the pair is open again, to be decided anew on the review page
    await reopenSuggestion(trx, m.merged_id, m.survivor_id);
    await audit(trx, scope, 'debtor.unmerged', 'debtor', m.survivor_id, {
      restored: m.merged_id,
      mergeId: m.id,
    });
    return ok(undefined);
  });
}

function unknownSuggestion(lang: Lang): Failure {
  return failure('not_found', 'unknown_suggestion', debtorsMessages.text(lang, 'unknownSuggestion'));
}

function alreadyDecided(lang: Lang): Failure {
  return failure('conflict', 'suggestion_decided', debtorsMessages.text(lang, 'suggestionDecided'));
}
