/**
 * Synthetic people with facts, for benchmarks and property tests. Deterministic per seed. Facts are drawn
 * from small shared pools (facts are immutable), so a million people cost little more than their arrays.
 */
import type { Fact, PersonFacts } from '../kernel/eligibility/facts.ts';

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERIODS = [
  { from: '2023-01-01', to: null },
  { from: '2024-06-01', to: '2025-02-28' },
  { from: '2025-01-01', to: null },
  { from: '2025-04-01', to: '2025-12-31' },
] as const;

function buildPools(): Fact[][] {
  const statuses: Fact[] = [];
  const legal: Fact[] = [];
  const incomes: Fact[] = [];
  const households: Fact[] = [];
  const credit: Fact[] = [];
  const signals: Fact[] = [];
  for (const period of PERIODS) {
    for (const code of ['leefloon', 'verhoogde_tegemoetkoming', 'ocmw_steun'] as const)
      for (const applies of [true, false])
        statuses.push({ kind: 'social_status', code, applies, period, source: 'MAGDA' });
    for (const code of ['collectieve_schuldenregeling', 'budgetbeheer', 'bewindvoering'] as const)
      legal.push({ kind: 'legal_status', code, applies: true, period, source: 'CAW' });
    for (let adults = 1; adults <= 2; adults++)
      for (let children = 0; children <= 4; children++)
        households.push({
          kind: 'household',
          size: adults + children,
          adults,
          children,
          period,
          source: 'RR',
        });
    for (const amount of [50_000, 250_000, 900_000])
      credit.push({
        kind: 'credit_default',
        amount,
        lender: 'Bank Test',
        since: period.from,
        period,
        source: 'NBB',
      });
  }
  for (let i = 0; i < 400; i++) {
    const periodicity = (['month', 'month', 'month', 'week', 'year'] as const)[i % 5] ?? 'month';
    const monthly = 60_000 + i * 1_000;
    const amount =
      periodicity === 'week'
        ? Math.round((monthly * 12) / 52)
        : periodicity === 'year'
          ? monthly * 12
          : monthly;
    const period = PERIODS[i % PERIODS.length] ?? PERIODS[0];
    incomes.push({ kind: 'income', amount, type: 'beroepsinkomen', periodicity, period, source: 'KSZ' });
  }
  const days = ['2024-10-01', '2025-01-15', '2025-03-01', '2025-05-20'];
  for (const date of days)
    for (const partner of ['housing', 'energy', 'water', 'health_insurer', 'department'] as const)
      for (const daysOverdue of [15, 45, 120])
        signals.push({
          kind: 'early_signal',
          partner,
          amount: 20_000 + daysOverdue * 100,
          daysOverdue,
          date,
          period: { from: date, to: null },
          source: 'partner',
        });
  return [statuses, legal, incomes, households, credit, signals];
}

export function generatePeople(n: number, seed = 42): PersonFacts[] {
  const random = prng(seed);
  const [statuses, legal, incomes, households, credit, signals] = buildPools() as [
    Fact[],
    Fact[],
    Fact[],
    Fact[],
    Fact[],
    Fact[],
  ];
  const pick = (pool: Fact[]): Fact => pool[Math.floor(random() * pool.length)] as Fact;
  const people: PersonFacts[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const facts: Fact[] = [];
    if (random() < 0.9) facts.push(pick(incomes));
    if (random() < 0.8) facts.push(pick(households));
    if (random() < 0.3) facts.push(pick(statuses));
    if (random() < 0.1) facts.push(pick(statuses));
    if (random() < 0.08) facts.push(pick(legal));
    if (random() < 0.1) facts.push(pick(credit));
    if (random() < 0.15) facts.push(pick(signals));
    const departments = random() < 0.4 ? 0 : 1 + Math.floor(random() * 4);
    people[i] = {
      personId: `p${i}`,
      facts,
      openDebtCents: departments === 0 ? 0 : 1_000 + Math.floor(random() * 500_000),
      openDebtDepartments: departments,
    };
  }
  return people;
}
