import { describe, expect, it } from 'vitest';
import type { Fact, Period, PersonFacts } from '../kernel/eligibility/facts.ts';
import { activeRuleset, type Ruleset } from '../kernel/eligibility/ruleset.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';
import { compileRuleset } from './engine.ts';

const open: Period = { from: '2024-01-01', to: null };
const status = (code: 'leefloon' | 'verhoogde_tegemoetkoming', period = open): Fact => ({
  kind: 'social_status',
  code,
  applies: true,
  period,
  source: 'MAGDA',
});
const income = (amount: number): Fact => ({
  kind: 'income',
  amount,
  type: 'beroepsinkomen',
  periodicity: 'month',
  period: open,
  source: 'KSZ',
});
const household = (adults: number, children: number): Fact => ({
  kind: 'household',
  size: adults + children,
  adults,
  children,
  period: open,
  source: 'RR',
});
const person = (facts: Fact[], openDebtCents = 50_000, openDebtDepartments = 1): PersonFacts => ({
  personId: 'p1',
  facts,
  openDebtCents,
  openDebtDepartments,
});

const engine = compileRuleset(DEFAULT_RULESET);
const DATE = '2025-03-15';

describe('default ruleset profiles', () => {
  it('a single person earning €3,000 with no status is Vermogend and not eligible', () => {
    const d = engine.evaluate(person([income(300_000)]), DATE);
    expect(d.profile).toBe('Vermogend');
    expect(d.score).toBe(0);
    expect(d.eligible).toBe(false);
  });

  it('increased reimbursement plus €1,500 open debt is GeringeAfbetaalmogelijkheid and eligible', () => {
    const d = engine.evaluate(person([status('verhoogde_tegemoetkoming'), income(200_000)], 150_000), DATE);
    expect(d.score).toBe(40);
    expect(d.profile).toBe('GeringeAfbetaalmogelijkheid');
    expect(d.eligible).toBe(true);
    expect(d.explanation.conditions.filter((c) => c.met).map((c) => c.parameter)).toEqual([
      'verhoogde_tegemoetkoming',
      'open_debt_above',
    ]);
  });

  it('leefloon with a low income and €1,000 open debt is Onvermogend, with the waste-bag credit', () => {
    const d = engine.evaluate(person([status('leefloon'), income(128_846)], 100_000), DATE);
    expect(d.score).toBe(100);
    expect(d.profile).toBe('Onvermogend');
    expect(d.eligible).toBe(true);
    expect(d.rights).toContainEqual({ code: 'gratis_afvalzakken', granted: true });
  });

  it('collective debt settlement alone is Onvermogend but not eligible for an EvS plan', () => {
    const csr: Fact = {
      kind: 'legal_status',
      code: 'collectieve_schuldenregeling',
      applies: true,
      period: open,
      source: 'CAW',
    };
    const d = engine.evaluate(person([csr], 80_000, 3), DATE);
    expect(d.profile).toBe('Onvermogend');
    expect(d.eligible).toBe(false);
  });

  it('open debts with two departments make a Vermogend person eligible', () => {
    const d = engine.decide(person([income(300_000)], 20_000, 2), DATE);
    expect(d).toMatchObject({ profile: 'Vermogend', eligible: true });
  });

  it('adjusts the income threshold to the household: €1,341 + €858.97 per extra adult + €86 per child', () => {
    const at = (cents: number, adults: number, children: number) =>
      engine
        .evaluate(person([income(cents), household(adults, children)]), DATE)
        .explanation.conditions.find((c) => c.parameter === 'income_below_threshold')?.met;
    const threshold = 134_100 + 85_897 + 2 * 8_600;
    expect(at(threshold - 1, 2, 2)).toBe(true);
    expect(at(threshold, 2, 2)).toBe(false);
    expect(at(134_099, 1, 0)).toBe(true);
    expect(at(134_100, 1, 0)).toBe(false);
  });

  it('does not treat an unknown income as zero income', () => {
    const d = engine.evaluate(person([]), DATE);
    expect(d.explanation.conditions.find((c) => c.parameter === 'income_below_threshold')?.met).toBe(false);
  });
});

describe('periods', () => {
  it('ignores facts outside their period', () => {
    const ended = status('leefloon', { from: '2024-01-01', to: '2025-03-14' });
    const future = status('verhoogde_tegemoetkoming', { from: '2025-03-16', to: null });
    const d = engine.evaluate(person([ended, future, income(300_000)]), DATE);
    expect(d.score).toBe(0);
    expect(d.explanation.factsUsed.map((f) => f.kind)).toEqual(['income']);
    const dayBefore = engine.evaluate(person([ended]), '2025-03-14');
    expect(dayBefore.explanation.conditions.find((c) => c.parameter === 'leefloon')?.met).toBe(true);
  });

  it('counts an early signal only while it is at most 180 days old', () => {
    const signal: Fact = {
      kind: 'early_signal',
      partner: 'energy',
      amount: 35_000,
      daysOverdue: 45,
      date: '2025-01-01',
      period: { from: '2025-01-01', to: null },
      source: 'Fluvius',
    };
    const met = (date: string) =>
      engine
        .evaluate(person([signal]), date)
        .explanation.conditions.find((c) => c.parameter === 'early_signal')?.met;
    expect(met('2024-12-31')).toBe(false);
    expect(met('2025-06-30')).toBe(true);
    expect(met('2025-07-01')).toBe(false);
  });

  it('grants a local right only inside its period', () => {
    const p = person([status('leefloon'), income(100_000), household(1, 1)], 100_000);
    const meals = (date: string) =>
      engine.decide(p, date).rights.find((r) => r.code === 'korting_schoolmaaltijden');
    expect(meals('2025-08-31')?.granted).toBe(false);
    expect(meals('2025-09-01')?.granted).toBe(true);
  });
});

describe('activeRuleset', () => {
  const v1: Ruleset = DEFAULT_RULESET;
  const v2: Ruleset = {
    ...DEFAULT_RULESET,
    version: 2,
    effectiveFrom: '2025-07-01',
    profiles: { Onvermogend: { minScore: 90 }, GeringeAfbetaalmogelijkheid: { minScore: 30 } },
  };

  it('picks the version in force: a change takes effect on its date and not before', () => {
    expect(activeRuleset([v2, v1], '2024-12-31')).toBeNull();
    expect(activeRuleset([v2, v1], '2025-06-30')).toBe(v1);
    expect(activeRuleset([v2, v1], '2025-07-01')).toBe(v2);
    const p = person([status('verhoogde_tegemoetkoming')], 20_000);
    const profileOn = (date: string) => {
      const r = activeRuleset([v1, v2], date);
      return r ? compileRuleset(r).evaluate(p, date).profile : null;
    };
    expect(profileOn('2025-06-30')).toBe('Vermogend');
    expect(profileOn('2025-07-01')).toBe('GeringeAfbetaalmogelijkheid');
  });

  it('prefers the higher version when two start on the same day', () => {
    const v3 = { ...v2, version: 3 };
    expect(activeRuleset([v3, v2], '2025-07-01')).toBe(v3);
    expect(activeRuleset([v2, v3], '2025-07-01')).toBe(v3);
  });
});

describe('explanation', () => {
  it('names ruleset, version, date, the facts and thresholds used', () => {
    const d = engine.evaluate(person([status('leefloon'), income(100_000)], 100_000), DATE);
    expect(d.explanation).toMatchObject({
      rulesetId: 'default',
      version: 1,
      evaluationDate: DATE,
      score: 100,
      thresholds: { Onvermogend: { minScore: 100 }, GeringeAfbetaalmogelijkheid: { minScore: 40 } },
    });
    expect(d.explanation.factsUsed).toContainEqual({
      kind: 'social_status',
      code: 'leefloon',
      applies: true,
      source: 'MAGDA',
      period: open,
    });
    const incomeDetail = d.explanation.conditions.find(
      (c) => c.parameter === 'income_below_threshold',
    )?.detail;
    expect(incomeDetail).toContain('income_monthly=100000 lt 134100');
  });

  it('decide and evaluate agree on the outcome', () => {
    const p = person([status('verhoogde_tegemoetkoming'), household(2, 3), income(150_000)], 300_000, 2);
    const { explanation, ...outcome } = engine.evaluate(p, DATE);
    expect(engine.decide(p, DATE)).toEqual(outcome);
    expect(explanation.score).toBe(outcome.score);
  });
});
