import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './business-case.ts';
import { avoidedCosts, bookXixPenaltyCap, DEFAULT_COST_MODEL } from './cost-model.ts';
import { aggregate, type Fact, kpiCsv, monthsBetween, SUPPRESSED, statisticsCsv, TOTAL } from './kpis.ts';

const repaid = (department: string, person: string, value: number, month = '2026-03'): Fact => ({
  metric: 'repaid',
  month,
  department,
  person,
  value,
});

const cell = (rows: ReturnType<typeof aggregate>, department: string, metric = 'repaid', month = '2026-03') =>
  rows.find((r) => r.month === month && r.department === department && r.metric === metric)?.value;

describe('KPI aggregation and suppression', () => {
  it('lists months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('shows a cell of five or more people, suppresses one of 1–4 as "< 5", keeps zero', () => {
    const facts = [
      ...['a', 'b', 'c', 'd', 'e'].map((p) => repaid('SCHOOL', p, 1_000)),
      ...['f', 'g', 'h', 'i', 'j', 'k'].map((p) => repaid('PARKEREN', p, 500)),
      repaid('SPORT', 'x', 99_999),
    ];
    const rows = aggregate(facts, ['2026-03'], ['SCHOOL', 'PARKEREN', 'SPORT', 'CULTUUR']);
    expect(cell(rows, 'SPORT')).toBe(SUPPRESSED);
    expect(cell(rows, 'CULTUUR')).toBe(0);
    // one suppressed department cell would be revealed by the total: the next smallest goes too
    expect(cell(rows, 'SCHOOL')).toBe(SUPPRESSED);
    expect(cell(rows, 'PARKEREN')).toBe(3_000);
    expect(cell(rows, TOTAL)).toBe(5_000 + 3_000 + 99_999);
  });

  it('counts people once per cell however many facts they have', () => {
    const facts = ['a', 'a', 'b', 'c', 'd', 'e'].map((p) => ({
      ...repaid('SCHOOL', p, 1),
      metric: 'people_helped' as const,
    }));
    const rows = aggregate(facts, ['2026-03'], ['SCHOOL']);
    expect(cell(rows, 'SCHOOL', 'people_helped')).toBe(5);
  });

  it('never publishes a cell describing 1–4 people, and totals add up (property)', () => {
    const fact = fc.record({
      department: fc.constantFrom('A', 'B', 'C'),
      person: fc.constantFrom(...'pqrstuvwxyz'.split('')),
      value: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 60 }), (raw) => {
        const facts = raw.map((f) => repaid(f.department, f.person, f.value));
        const rows = aggregate(facts, ['2026-03'], ['A', 'B', 'C']);
        for (const r of rows) {
          if (r.raw.people > 0 && r.raw.people < 5) expect(r.value).toBe(SUPPRESSED);
          if (r.value !== SUPPRESSED) expect(r.value).toBe(r.raw.value);
        }
        const departmentSum = rows
          .filter((r) => r.metric === 'repaid' && r.department !== TOTAL)
          .reduce((s, r) => s + r.raw.value, 0);
        expect(rows.find((r) => r.metric === 'repaid' && r.department === TOTAL)?.raw.value).toBe(
          departmentSum,
        );
        const hidden = rows.filter(
          (r) => r.metric === 'repaid' && r.department !== TOTAL && r.value === SUPPRESSED,
        );
        // a lone suppressed department cell is only possible when the total is suppressed as well
        if (hidden.length === 1) {
          expect(rows.find((r) => r.metric === 'repaid' && r.department === TOTAL)?.value).toBe(SUPPRESSED);
        }
      }),
    );
  });

  it('writes a CSV with euros as decimals and suppressed cells as "< 5"', () => {
    const rows = aggregate([repaid('SCHOOL', 'a', 1_234_56)], ['2026-03'], ['SCHOOL']);
    const csv = kpiCsv(rows);
    expect(csv.split('\r\n')[0]).toBe('month;department;metric;unit;value');
    expect(csv).toContain('2026-03;SCHOOL;repaid;EUR;< 5');
    expect(
      kpiCsv(
        aggregate(
          ['a', 'b', 'c', 'd', 'e'].map((p) => repaid('S', p, 1_234_56)),
          ['2026-03'],
          ['S'],
        ),
      ),
    ).toContain('2026-03;S;repaid;EUR;6172.80');
  });

  it('writes the statistics of a period with the organisation, quoting what needs it', () => {
    const rows = aggregate(
      ['a', 'b', 'c', 'd', 'e'].map((p) => repaid('S', p, -5)),
      ['2026-03'],
      ['S'],
    ).filter((r) => r.department === 'S' && r.metric === 'repaid');
    expect(statisticsCsv({ period: '2026-Q1', organisation: 'Stad; OCMW', rows }).split('\r\n')).toEqual([
      'period;organisation;department;metric;unit;value',
      '2026-Q1;"Stad; OCMW";S;repaid;EUR;-0.25',
      '',
    ]);
  });
});

describe('cost model (Book XIX caps)', () => {
  it('caps the penalty clause by balance', () => {
    expect(bookXixPenaltyCap(15_000)).toBe(2_000);
    expect(bookXixPenaltyCap(15_001)).toBe(3_000);
    expect(bookXixPenaltyCap(50_000)).toBe(3_000 + 3_500);
    expect(bookXixPenaltyCap(100_000)).toBe(6_500 + 2_500);
    expect(bookXixPenaltyCap(10_000_000)).toBe(200_000);
  });

  it('is monotone in the balance and never above €2,000 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (a, d) => {
          expect(bookXixPenaltyCap(a + d)).toBeGreaterThanOrEqual(bookXixPenaltyCap(a));
          expect(bookXixPenaltyCap(a)).toBeLessThanOrEqual(200_000);
        },
      ),
    );
  });

  it('avoids nothing for a claim not yet due; the bailiff only past the threshold', () => {
    const model = { ...DEFAULT_COST_MODEL, bailiffCostPerClaim: 15_000 };
    expect(avoidedCosts(10_000, '2026-03-01', '2026-02-01', model).total).toBe(0);
    const late = avoidedCosts(10_000, '2026-01-01', '2026-02-01', model);
    expect(late).toMatchObject({ reminders: 750, formalNotice: 2_000, bailiff: 0, bailiffAvoided: false });
    expect(avoidedCosts(10_000, '2025-10-01', '2026-02-01', model)).toMatchObject({
      bailiff: 15_000,
      total: 17_750,
    });
  });
});

describe('business case', () => {
  it('compares a scenario with the status quo for the same people', () => {
    const outcome = evaluateScenario({
      peopleReached: 200,
      averageDebtPerPerson: 120_000,
      claimsPerPerson: 4,
      repaymentRatePct: 60,
      statusQuoRecoveryPct: 35,
      bailiffSharePct: 25,
      staffMinutesPerFile: 240,
      staffCostPerHour: 5_000,
      costModel: { ...DEFAULT_COST_MODEL, bailiffCostPerClaim: 15_000 },
    });
    expect(outcome.debtInScope).toBe(24_000_000);
    expect(outcome.expectedRecovery).toBe(14_400_000);
    expect(outcome.statusQuoRecovery).toBe(8_400_000);
    expect(outcome.staffCost).toBe(4_000_000);
    expect(outcome.netEffect).toBe(14_400_000 - 8_400_000 - 4_000_000);
    // 800 claims of €300: €7.50 reminder + €30 + 10% of €150 penalty cap; 200 not to a bailiff at €150
    expect(outcome.claimsNotToBailiff).toBe(200);
    expect(outcome.costsAvoided).toBe(800 * (750 + 4_500) + 200 * 15_000);
  });
});
