/**
 * What-if: how many people and open euros a draft ruleset would move between profiles compared with the
 * active one, on one date, before the draft is adopted.
 */

import type { IsoDate, PersonFacts } from '../kernel/eligibility/facts.ts';
import { PROFILES, type Profile, type Ruleset } from '../kernel/eligibility/ruleset.ts';
import type { Cents } from '../kernel/money.ts';
import { type CompiledRuleset, compileRuleset } from './engine.ts';

export interface Tally {
  readonly people: number;
  readonly openCents: Cents;
  readonly eligible: number;
}

export interface Move {
  readonly from: Profile;
  readonly to: Profile;
  readonly people: number;
  readonly openCents: Cents;
}

export interface Comparison {
  readonly date: IsoDate;
  readonly active: Readonly<Record<Profile, Tally>>;
  readonly draft: Readonly<Record<Profile, Tally>>;
  /** All nine from → to cells, in PROFILES order; the diagonal is the people who stay. */
  readonly moves: readonly Move[];
  readonly becameEligible: number;
  readonly lostEligibility: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const emptyTallies = (): Record<Profile, Mutable<Tally>> => ({
  Vermogend: { people: 0, openCents: 0, eligible: 0 },
  GeringeAfbetaalmogelijkheid: { people: 0, openCents: 0, eligible: 0 },
  Onvermogend: { people: 0, openCents: 0, eligible: 0 },
});

const asCompiled = (r: Ruleset | CompiledRuleset): CompiledRuleset => ('decide' in r ? r : compileRuleset(r));

export function compareRulesets(
  people: Iterable<PersonFacts>,
  active: Ruleset | CompiledRuleset,
  draft: Ruleset | CompiledRuleset,
  date: IsoDate,
): Comparison {
  const a = asCompiled(active);
  const d = asCompiled(draft);
  const before = emptyTallies();
  const after = emptyTallies();
  const cells = new Map<string, Mutable<Move>>();
  for (const from of PROFILES)
    for (const to of PROFILES) cells.set(`${from}>${to}`, { from, to, people: 0, openCents: 0 });
  let becameEligible = 0;
  let lostEligibility = 0;
  for (const person of people) {
    const x = a.decide(person, date);
    const y = d.decide(person, date);
    const cents = person.openDebtCents;
    for (const [tally, outcome] of [
      [before[x.profile], x],
      [after[y.profile], y],
    ] as const) {
      tally.people++;
      tally.openCents += cents;
      if (outcome.eligible) tally.eligible++;
    }
    const cell = cells.get(`${x.profile}>${y.profile}`) as Mutable<Move>;
    cell.people++;
    cell.openCents += cents;
    if (!x.eligible && y.eligible) becameEligible++;
    if (x.eligible && !y.eligible) lostEligibility++;
  }
  return { date, active: before, draft: after, moves: [...cells.values()], becameEligible, lostEligibility };
}
