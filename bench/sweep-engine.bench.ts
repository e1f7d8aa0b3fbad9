/**
 * Eligibility sweep: the compiled default ruleset vs a hand-written predicate of the same rules, on the
 * same generated people in the same run. Run: `npx tsx bench/sweep-engine.bench.ts [n]`.
 */
import { DEFAULT_RULESET } from '../src/eligibility/default-ruleset.ts';
import { compileRuleset } from '../src/eligibility/engine.ts';
import { generatePeople } from '../src/eligibility/generate-people.ts';
import { compactExplanation } from '../src/eligibility/stored-explanation.ts';
import {
  epochDay,
  type Fact,
  type HouseholdFact,
  monthlyAmount,
  type PersonFacts,
} from '../src/kernel/eligibility/facts.ts';
import type { Profile } from '../src/kernel/eligibility/ruleset.ts';

const DATE = '2025-03-15';

interface HandOutcome {
  eligible: boolean;
  profile: Profile;
  score: number;
}

/** The default ruleset (version 1) written by hand, as a reference for what plain code costs. */
export function handWrittenDefault(person: PersonFacts, date: string): HandOutcome {
  const day = epochDay(date);
  let leefloon = false;
  let vt = false;
  let csr = false;
  let budget = false;
  let hasIncome = false;
  let income = 0;
  let defaults = 0;
  let signal = false;
  let household: HouseholdFact | null = null;
  for (const f of person.facts as readonly Fact[]) {
    if (f.period.from > date || (f.period.to !== null && f.period.to < date)) continue;
    switch (f.kind) {
      case 'social_status':
        if (f.applies && (f.code === 'leefloon' || f.code === 'equivalent_leefloon')) leefloon = true;
        if (f.applies && f.code === 'verhoogde_tegemoetkoming') vt = true;
        break;
      case 'legal_status':
        if (f.applies && f.code === 'collectieve_schuldenregeling') csr = true;
        if (f.applies && (f.code === 'budgetbeheer' || f.code === 'bewindvoering')) budget = true;
        break;
      case 'income':
        hasIncome = true;
        income += monthlyAmount(f.amount, f.periodicity);
        break;
      case 'credit_default':
        defaults++;
        break;
      case 'early_signal':
        if (f.daysOverdue >= 30 && day - epochDay(f.date) <= 180) signal = true;
        break;
      case 'household':
        if (household === null || f.period.from > household.period.from) household = f;
        break;
    }
  }
  const adults = household ? household.adults : 1;
  const children = household ? household.children : 0;
  const threshold = 134_100 + Math.max(0, adults - 1) * 85_897 + children * 8_600;
  let score = 0;
  if (leefloon) score += 60;
  if (vt) score += 30;
  if (hasIncome && income < threshold) score += 30;
  if (csr) score += 100;
  if (budget) score += 40;
  if (defaults >= 1) score += 20;
  if (signal) score += 15;
  if (person.openDebtCents >= 100_000) score += 10;
  const profile: Profile =
    score >= 100 ? 'Onvermogend' : score >= 40 ? 'GeringeAfbetaalmogelijkheid' : 'Vermogend';
  const eligible = person.openDebtCents > 0 && !csr && (score >= 40 || person.openDebtDepartments >= 2);
  return { eligible, profile, score };
}

function timeIt(label: string, people: readonly PersonFacts[], run: (p: PersonFacts) => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < people.length; i++) if (run(people[i] as PersonFacts)) sink++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = people.length / seconds;
  console.log(
    `${label.padEnd(34)} ${Math.round(perSecond).toLocaleString('en').padStart(14)} /s  (${seconds.toFixed(2)} s)`,
  );
  return sink >= 0 ? perSecond : 0;
}

export interface EngineBenchResult {
  readonly people: number;
  readonly handWrittenPerSecond: number;
  readonly decidePerSecond: number;
  readonly evaluatePerSecond: number;
  /** Outcome plus the whole explanation serialised, as sweeps stored it before. */
  readonly fullExplanationPerSecond: number;
  /** Outcome plus the facts kept, serialised: what a sweep stores now. */
  readonly compactExplanationPerSecond: number;
  readonly ratio: number;
}

export function runEngineBench(n = 1_000_000): EngineBenchResult {
  const t0 = Date.now();
  const people = generatePeople(n);
  console.log(`eligibility sweep: ${n.toLocaleString('en')} people generated in ${Date.now() - t0} ms`);
  const engine = compileRuleset(DEFAULT_RULESET);

  // Same answers first: the comparison is only fair if both compute the same thing.
  for (let i = 0; i < Math.min(n, 20_000); i++) {
    const p = people[i] as PersonFacts;
    const a = engine.decide(p, DATE);
    const b = handWrittenDefault(p, DATE);
    if (a.eligible !== b.eligible || a.profile !== b.profile || a.score !== b.score)
      throw new Error(`engine and hand-written predicate disagree on person ${i}`);
  }
  // Warm up both, then measure.
  const warm = people.slice(0, Math.min(n, 50_000));
  timeIt('(warm-up hand-written)', warm, (p) => handWrittenDefault(p, DATE).eligible);
  timeIt('(warm-up engine)', warm, (p) => engine.decide(p, DATE).eligible);

  const hand = timeIt('hand-written predicate', people, (p) => handWrittenDefault(p, DATE).eligible);
  const decide = timeIt('compiled engine, outcome only', people, (p) => engine.decide(p, DATE).eligible);
  const evaluate = timeIt(
    'compiled engine, with explanation',
    people,
    (p) => engine.evaluate(p, DATE).eligible,
  );
  // What a sweep writes for a new or changed decision: before, the whole explanation as JSON; now only the
  // facts used (stored-explanation.ts), from which the explanation is rebuilt when someone reads it.
  const full = timeIt(
    'outcome + full explanation as JSON',
    people,
    (p) => engine.decide(p, DATE).eligible && JSON.stringify(engine.evaluate(p, DATE).explanation),
  );
  const compact = timeIt(
    'outcome + facts kept as JSON (now)',
    people,
    (p) => engine.decide(p, DATE).eligible && compactExplanation(engine.factsKept(p, DATE)),
  );
  const ratio = decide / hand;
  console.log(
    `ratio engine/hand-written: ${ratio.toFixed(2)} (target ≥ 0.10) ${ratio >= 0.1 ? 'OK' : 'BELOW TARGET'}; ` +
      `a full explanation as JSON costs ${(decide / full).toFixed(1)}× the outcome, the facts kept ${(decide / compact).toFixed(1)}×`,
  );
  return {
    people: n,
    handWrittenPerSecond: hand,
    decidePerSecond: decide,
    evaluatePerSecond: evaluate,
    fullExplanationPerSecond: full,
    compactExplanationPerSecond: compact,
    ratio,
  };
}

const invokedDirectly = process.argv[1]?.endsWith('sweep-engine.bench.ts') ?? false;
if (invokedDirectly) runEngineBench(Number(process.argv[2] ?? 1_000_000));
