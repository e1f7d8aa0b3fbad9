/** Loads the demo city's social-fact feed and runs a first sweep, so the worklist has something to show. */

import { factKey, storeFactRows } from '../eligibility/fact-service.ts';
import { runSweep } from '../eligibility/sweep-service.ts';
import { factCode } from '../kernel/eligibility/facts.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { demoFeed } from './eligibility-feed.ts';
import type { City } from './generate.ts';

export async function loadDemoFacts(
  database: Database,
  scope: Scope,
  city: Pick<City, 'people' | 'households'>,
  today: string,
): Promise<{ facts: number; people: number; eligible: number; worklist: number }> {
  const rows = demoFeed(city.people, city.households, today).map(({ nationalNumber, fact }) => ({
    factKey: factKey(`be:${nationalNumber}`, fact),
    personKind: 'be' as const,
    personValue: nationalNumber,
    debtorId: null,
    kind: fact.kind,
    code: factCode(fact),
    source: fact.source,
    from: fact.period.from,
    to: fact.period.to,
    fact,
  }));
  const stored = await storeFactRows(database, scope, rows, today);
  const sweep = await runSweep(database, scope, today);
  if (!sweep.ok) throw new Error(`demo sweep failed: ${sweep.error.message}`);
  return {
    facts: stored.inserted + stored.updated + stored.unchanged,
    people: sweep.value.people,
    eligible: sweep.value.eligible,
    worklist: sweep.value.worklist + sweep.value.signals + stored.worklist,
  };
}
