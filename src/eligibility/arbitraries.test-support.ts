/** fast-check generators of facts and people, shared by the property tests. */
import fc from 'fast-check';
import {
  type Fact,
  INCOME_TYPES,
  LEGAL_STATUS_CODES,
  PARTNER_KINDS,
  PERIODICITIES,
  type Period,
  type PersonFacts,
  SOCIAL_STATUS_CODES,
} from '../kernel/eligibility/facts.ts';

export const DATES = ['2024-01-01', '2024-12-31', '2025-01-01', '2025-03-15', '2025-06-30', '2025-09-01'];
export const dateArb = fc.constantFrom(...DATES);

export const periodArb: fc.Arbitrary<Period> = fc
  .tuple(dateArb, fc.option(dateArb, { nil: null }))
  .map(([a, b]) => (b === null ? { from: a, to: null } : a <= b ? { from: a, to: b } : { from: b, to: a }));

const cents = fc.integer({ min: 0, max: 1_000_000 });
// Incomes cluster around the default thresholds so boundaries get exercised.
const incomeCents = fc.oneof(cents, fc.integer({ min: 120_000, max: 260_000 }));
const source = fc.constantFrom('MAGDA', 'KSZ', 'CAW');

export const factArb: fc.Arbitrary<Fact> = fc.oneof(
  fc.record({
    kind: fc.constant('social_status' as const),
    code: fc.constantFrom(...SOCIAL_STATUS_CODES),
    applies: fc.boolean(),
    period: periodArb,
    source,
  }),
  fc.record({
    kind: fc.constant('legal_status' as const),
    code: fc.constantFrom(...LEGAL_STATUS_CODES),
    applies: fc.boolean(),
    period: periodArb,
    source,
  }),
  fc.record({
    kind: fc.constant('income' as const),
    amount: incomeCents,
    type: fc.constantFrom(...INCOME_TYPES),
    periodicity: fc.constantFrom(...PERIODICITIES),
    period: periodArb,
    source,
  }),
  periodArb.chain((period) =>
    fc.record({
      kind: fc.constant('credit_default' as const),
      amount: cents,
      lender: fc.constantFrom('Bank A', 'Bank B'),
      since: fc.constant(period.from),
      period: fc.constant(period),
      source,
    }),
  ),
  fc
    .record({
      adults: fc.integer({ min: 1, max: 3 }),
      children: fc.integer({ min: 0, max: 5 }),
      period: periodArb,
    })
    .map(({ adults, children, period }) => ({
      kind: 'household' as const,
      size: adults + children,
      adults,
      children,
      period,
      source: 'RR',
    })),
  dateArb.chain((date) =>
    fc.record({
      kind: fc.constant('early_signal' as const),
      partner: fc.constantFrom(...PARTNER_KINDS),
      amount: cents,
      daysOverdue: fc.integer({ min: 0, max: 200 }),
      date: fc.constant(date),
      period: fc.constant({ from: date, to: null }),
      source: fc.constant('partner'),
    }),
  ),
);

export const personArb: fc.Arbitrary<PersonFacts> = fc.record({
  personId: fc.constant('p'),
  facts: fc.array(factArb, { maxLength: 8 }),
  openDebtCents: fc.integer({ min: 0, max: 2_000_000 }),
  openDebtDepartments: fc.integer({ min: 0, max: 5 }),
});
