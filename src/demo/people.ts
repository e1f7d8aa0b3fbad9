import { fromDayNumber, type IsoDate, toDayNumber } from '../kernel/dates.ts';
import type { Audience } from './departments.ts';
import {
  type AdultCircumstances,
  adultCircumstances,
  increasedReimbursementFor,
  type Vulnerability,
} from './facts.ts';
import { DEMO_TOWN, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, STREETS, SURNAMES } from './names.ts';
import { createRandom, mixSeed, type Random } from './random.ts';
import type { Address, Household, HouseholdKind, Person } from './types.ts';

export const AUDIENCE_BIT: Readonly<Record<Audience, number>> = {
  adults: 1,
  householdHeads: 2,
  parents: 4,
  parentsOfYoungChildren: 8,
  socialTenants: 16,
  carOwners: 32,
};

/** Everyone in the city, plus what the claim generator needs to know per person (index = person id − 1). */
export interface Population {
  readonly people: readonly Person[];
  readonly households: readonly Household[];
  /** Relative share of the claims each person carries; 0 for children. Heavy-tailed on purpose. */
  readonly claimWeights: Float64Array;
  /** Bit mask of AUDIENCE_BIT: which departments can plausibly send this person a claim. */
  readonly audiences: Uint8Array;
}

const KINDS: readonly HouseholdKind[] = ['single', 'couple', 'family', 'singleParent'];
const KIND_WEIGHTS = [38, 27, 25, 10];
const CHILD_COUNT_WEIGHTS = [0, 35, 40, 18, 7]; // index = number of children
const VULNERABILITY_WEIGHTS: Readonly<Record<HouseholdKind, readonly number[]>> = {
  single: [70, 19, 11],
  couple: [80, 13, 7],
  family: [74, 17, 9],
  singleParent: [52, 29, 19],
};
const P_SOCIAL_TENANT = [0.05, 0.25, 0.5] as const;
const P_CAR = [0.7, 0.55, 0.4] as const;
const YEAR_DAYS = 365.2425;

function claimWeight(rng: Random, v: Vulnerability): number {
  if (v === 0) return 0.2 + rng.next();
  if (v === 1) return 1.5 + 3 * rng.next();
  const r = rng.next();
  return 5 + 15 * r * r;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * A Belgian national register number YYMMDDSSSCC: SSS odd for men, even for women; CC = 97 − (YYMMDDSSS
 * mod 97), computed over `2YYMMDDSSS` for births from 2000. `used` keeps the numbers unique.
 */
export function makeNationalNumber(
  birthDate: IsoDate,
  sex: 'M' | 'F',
  rng: Random,
  used: Set<number>,
): string {
  const year = Number(birthDate.slice(0, 4));
  const datePart =
    (year % 100) * 10_000 + Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10));
  const first = sex === 'M' ? 1 : 2;
  let seq = first + 2 * rng.int(0, 497);
  for (let attempt = 0; attempt < 498; attempt++) {
    const base = datePart * 1000 + seq;
    const checked = year >= 2000 ? 2_000_000_000 + base : base;
    if (!used.has(checked)) {
      used.add(checked);
      return pad(base, 9) + pad(97 - (checked % 97), 2);
    }
    seq = seq + 2 > 997 ? first : seq + 2;
  }
  throw new RangeError(`no sequence number left for ${birthDate}`);
}

function address(rng: Random, occupancy: Map<string, number>): Address {
  const street = rng.pick(STREETS);
  const number = rng.int(1, 160);
  const key = `${street} ${number}`;
  const before = occupancy.get(key) ?? 0;
  occupancy.set(key, before + 1);
  // Later households at the same number live in flats ("bus 2", "bus 3", …).
  const houseNumber = before === 0 ? String(number) : `${number} bus ${before + 1}`;
  return { street, houseNumber, postalCode: DEMO_TOWN.postalCode, city: DEMO_TOWN.city };
}

function firstName(rng: Random, sex: 'M' | 'F'): string {
  return rng.pick(sex === 'M' ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES);
}

interface Draft {
  readonly sex: 'M' | 'F';
  readonly age: number;
  readonly lastName: string;
  readonly adult: AdultCircumstances | null;
}

export function generatePopulation(opts: { seed: number; people: number; today: IsoDate }): Population {
  const { people: count, today } = opts;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`bad people count: ${count}`);
  const rng = createRandom(mixSeed(opts.seed, 0x9e09));
  const todayDay = toDayNumber(today);
  const usedNumbers = new Set<number>();
  const occupancy = new Map<string, number>();
  const people: Person[] = [];
  const households: Household[] = [];
  const claimWeights = new Float64Array(count);
  const audiences = new Uint8Array(count);

  while (people.length < count) {
    const remaining = count - people.length;
    let kind = KINDS[rng.weightedIndex(KIND_WEIGHTS)] ?? 'single';
    const adultCount = kind === 'single' || kind === 'singleParent' ? 1 : 2;
    if (adultCount > remaining) kind = 'single';
    const adults = kind === 'single' || kind === 'singleParent' ? 1 : 2;
    let children = kind === 'family' || kind === 'singleParent' ? rng.weightedIndex(CHILD_COUNT_WEIGHTS) : 0;
    children = Math.min(children, remaining - adults);
    if (children === 0 && kind === 'family') kind = 'couple';
    if (children === 0 && kind === 'singleParent') kind = 'single';

    const v = rng.weightedIndex(VULNERABILITY_WEIGHTS[kind]) as Vulnerability;
    const socialTenant = rng.chance(P_SOCIAL_TENANT[v]);
    const home = address(rng, occupancy);
    const surname = rng.pick(SURNAMES);
    const headAge = children > 0 ? rng.int(24, 55) : kind === 'couple' ? rng.int(20, 90) : rng.int(18, 92);
    const headSex: 'M' | 'F' = rng.chance(0.5) ? 'M' : 'F';

    const drafts: Draft[] = [
      { sex: headSex, age: headAge, lastName: surname, adult: adultCircumstances(rng, v, headAge, kind) },
    ];
    if (adults === 2) {
      const sex: 'M' | 'F' = rng.chance(0.92) ? (headSex === 'M' ? 'F' : 'M') : headSex;
      const age = Math.max(18, headAge + rng.int(-6, 6));
      drafts.push({ sex, age, lastName: rng.pick(SURNAMES), adult: adultCircumstances(rng, v, age, kind) });
    }
    let hasSchoolChild = false;
    let hasYoungChild = false;
    for (let c = 0; c < children; c++) {
      const age = rng.int(0, Math.min(17, headAge - 18));
      hasSchoolChild ||= age >= 3;
      hasYoungChild ||= age < 12;
      drafts.push({ sex: rng.chance(0.5) ? 'M' : 'F', age, lastName: surname, adult: null });
    }

    const householdId = households.length + 1;
    const adultFacts = drafts.flatMap((d) => (d.adult === null ? [] : [d.adult]));
    const increasedReimbursement = increasedReimbursementFor(adultFacts, drafts.length);
    const memberIds: number[] = [];
    for (const [i, d] of drafts.entries()) {
      const id = people.length + 1;
      const birthDate = fromDayNumber(todayDay - Math.floor((d.age + rng.next()) * YEAR_DAYS));
      const a = d.adult;
      people.push({
        id,
        householdId,
        role: a === null ? 'child' : 'adult',
        firstName: firstName(rng, d.sex),
        lastName: d.lastName,
        sex: d.sex,
        birthDate,
        nationalNumber: makeNationalNumber(birthDate, d.sex, rng, usedNumbers),
        address: home,
        facts: {
          monthlyNetIncome: a?.monthlyNetIncome ?? 0,
          incomeType: a?.incomeType ?? 'geen',
          householdSize: drafts.length,
          livingWage: a?.incomeType === 'leefloon',
          increasedReimbursement,
          collectiveDebtSettlement: a?.collectiveDebtSettlement ?? false,
          budgetManagement: a?.budgetManagement ?? false,
        },
      });
      memberIds.push(id);
      if (a !== null) {
        // Claims are mostly addressed to the head of the household.
        claimWeights[id - 1] = claimWeight(rng, v) * (i === 0 ? 1 : 0.5);
        let mask = AUDIENCE_BIT.adults;
        if (i === 0) mask |= AUDIENCE_BIT.householdHeads;
        if (hasSchoolChild) mask |= AUDIENCE_BIT.parents;
        if (hasYoungChild) mask |= AUDIENCE_BIT.parentsOfYoungChildren;
        if (socialTenant) mask |= AUDIENCE_BIT.socialTenants;
        if (rng.chance(P_CAR[v])) mask |= AUDIENCE_BIT.carOwners;
        audiences[id - 1] = mask;
      }
    }
    households.push({ id: householdId, kind, address: home, memberIds, socialTenant });
  }
  return { people, households, claimWeights, audiences };
}
