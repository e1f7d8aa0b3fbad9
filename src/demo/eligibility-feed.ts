/**
 * The demo city's social-fact feed: what KSZ/MAGDA, the OCMW, the CAW and the fixed-cost partners would
 * deliver about its adults, derived from the facts the demo generator gave each person so the two agree.
 * Deterministic for a city and date.
 */

import { addDays, addMonths } from '../kernel/dates.ts';
import type { Fact, IncomeType, PartnerKind } from '../kernel/eligibility/facts.ts';
import type { Household, Person } from './types.ts';

export interface DemoFeedRecord {
  readonly nationalNumber: string;
  readonly fact: Fact;
}

const INCOME_TYPE: Readonly<Record<Person['facts']['incomeType'], IncomeType | null>> = {
  beroepsinkomen: 'beroepsinkomen',
  werkloosheidsuitkering: 'vervangingsinkomen',
  'ziekte-uitkering': 'vervangingsinkomen',
  pensioen: 'pensioen',
  leefloon: 'leefloon',
  geen: null,
};

const PARTNERS: readonly PartnerKind[] = ['housing', 'energy', 'water', 'health_insurer'];

/** A small stable hash of a person id, so the same people get signals on every load. */
const spread = (id: number, salt: number) => ((id * 2_654_435_761 + salt * 40_503) >>> 0) % 1000;

export function demoFeed(
  people: readonly Person[],
  households: readonly Household[],
  today: string,
): DemoFeedRecord[] {
  const since = addMonths(today, -18);
  const byHousehold = new Map(households.map((h) => [h.id, h]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const records: DemoFeedRecord[] = [];
  const period = { from: since, to: null };
  for (const p of people) {
    if (p.role !== 'adult') continue;
    const nn = p.nationalNumber;
    const push = (fact: Fact) => records.push({ nationalNumber: nn, fact });
    const f = p.facts;
    const type = INCOME_TYPE[f.incomeType];
    if (type !== null)
      push({ kind: 'income', amount: f.monthlyNetIncome, type, periodicity: 'month', period, source: 'KSZ' });
    // MAGDA answers both ways: "niet van toepassing" is a fact too.
    push({ kind: 'social_status', code: 'leefloon', applies: f.livingWage, period, source: 'MAGDA' });
    push({
      kind: 'social_status',
      code: 'verhoogde_tegemoetkoming',
      applies: f.increasedReimbursement,
      period,
      source: 'MAGDA',
    });
    if (f.collectiveDebtSettlement)
      push({
        kind: 'legal_status',
        code: 'collectieve_schuldenregeling',
        applies: true,
        period,
        source: 'CAW',
      });
    if (f.budgetManagement)
      push({ kind: 'legal_status', code: 'budgetbeheer', applies: true, period, source: 'OCMW' });
    const household = byHousehold.get(p.householdId);
    if (household) {
      const adults = household.memberIds.filter((id) => byId.get(id)?.role !== 'child').length || 1;
      push({
        kind: 'household',
        size: household.memberIds.length,
        adults,
        children: household.memberIds.length - adults,
        period,
        source: 'RR',
      });
    }
    // Vulnerable households more often fall behind with rent or energy (about 1 in 4 vs 1 in 50).
    const vulnerable = f.livingWage || f.budgetManagement || f.collectiveDebtSettlement;
    if (spread(p.id, 1) < (vulnerable ? 250 : 20)) {
      const partner = PARTNERS[spread(p.id, 2) % PARTNERS.length] ?? 'energy';
      const date = addDays(today, -(spread(p.id, 3) % 120));
      const daysOverdue = 20 + (spread(p.id, 4) % 100);
      push({
        kind: 'early_signal',
        partner,
        amount: 5_000 + spread(p.id, 5) * 100,
        daysOverdue,
        date,
        period: { from: date, to: null },
        source: partner === 'housing' ? 'sociale-huisvesting' : partner,
      });
    }
  }
  return records;
}
