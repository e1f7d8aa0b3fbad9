import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../kernel/dates.ts';
import { parseNationalNumber } from '../kernel/national-number.ts';
import { DEPARTMENT_SPECS } from './departments.ts';
import { type City, type ClaimRow, generateCity } from './generate.ts';

const TODAY = '2025-06-30';
const city = generateCity({ seed: 1234, people: 5_000, claims: 20_000, today: TODAY });
const rows: ClaimRow[] = [...city.claims()];

function fingerprint(c: City): string {
  return JSON.stringify([c.people, c.households, c.departments, [...c.claims()]]);
}

describe('generateCity: determinism and counts', () => {
  it('gives identical output for the same seed, and different output for another seed', () => {
    const again = generateCity({ seed: 1234, people: 5_000, claims: 20_000, today: TODAY });
    expect(fingerprint(again)).toBe(fingerprint(city));
    const other = generateCity({ seed: 1235, people: 5_000, claims: 20_000, today: TODAY });
    expect(JSON.stringify(other.people.slice(0, 20))).not.toBe(JSON.stringify(city.people.slice(0, 20)));
  });

  it('produces exactly the people and claims asked, also for tiny cities', () => {
    expect(city.people).toHaveLength(5_000);
    expect(rows).toHaveLength(20_000);
    for (const people of [1, 2, 3, 7]) {
      const small = generateCity({ people, claims: 5, today: TODAY });
      expect(small.people).toHaveLength(people);
      expect([...small.claims()]).toHaveLength(5);
    }
    expect([...generateCity({ people: 0, claims: 0, today: TODAY }).claims()]).toHaveLength(0);
  });

  it('has 8+ departments, each with categories that have a limitation period as ISO duration', () => {
    expect(city.departments.length).toBeGreaterThanOrEqual(8);
    for (const d of city.departments) {
      expect(d.categories.length).toBeGreaterThan(0);
      for (const c of d.categories) expect(c.limitationPeriod).toMatch(/^P\d+Y$/);
    }
    expect(city.departments.some((d) => d.categories.some((c) => c.fiscal))).toBe(true);
  });
});

describe('generateCity: people and households', () => {
  it('gives every person a valid, unique national number that encodes their birth date and sex', () => {
    const seen = new Set<string>();
    for (const p of city.people) {
      const parsed = parseNationalNumber(p.nationalNumber);
      expect(parsed.ok && parsed.value.birthDate).toBe(p.birthDate);
      expect(Number(p.nationalNumber.slice(6, 9)) % 2).toBe(p.sex === 'M' ? 1 : 0);
      seen.add(p.nationalNumber);
    }
    expect(seen.size).toBe(city.people.length);
    expect(city.people.some((p) => p.birthDate >= '2000-01-01')).toBe(true);
  });

  it('groups people in households that share an address, with adults first', () => {
    const byId = new Map(city.people.map((p) => [p.id, p]));
    expect(city.households.reduce((n, h) => n + h.memberIds.length, 0)).toBe(city.people.length);
    const kinds = new Set(city.households.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['single', 'couple', 'family', 'singleParent']));
    const addresses = new Set<string>();
    for (const h of city.households) {
      const members = h.memberIds.map((id) => byId.get(id));
      expect(members.every((m) => m?.address === h.address && m.householdId === h.id)).toBe(true);
      expect(members[0]?.role).toBe('adult');
      const adults = members.filter((m) => m?.role === 'adult').length;
      expect(adults).toBe(h.kind === 'couple' || h.kind === 'family' ? 2 : 1);
      expect(members.length > adults).toBe(h.kind === 'family' || h.kind === 'singleParent');
      expect(members.every((m) => m?.facts.householdSize === members.length)).toBe(true);
      const key = `${h.address.street} ${h.address.houseNumber}`;
      expect(addresses.has(key)).toBe(false);
      addresses.add(key);
      expect(h.address.postalCode).toBe('9999');
      expect(h.address.city).toBe('Demostad');
    }
  });

  it('keeps the social facts consistent with each other and with age', () => {
    for (const p of city.people) {
      const f = p.facts;
      expect(Number.isSafeInteger(f.monthlyNetIncome) && f.monthlyNetIncome >= 0).toBe(true);
      expect(f.livingWage).toBe(f.incomeType === 'leefloon');
      if (f.livingWage) expect(f.increasedReimbursement).toBe(true);
      expect(f.collectiveDebtSettlement && f.budgetManagement).toBe(false);
      if (p.role === 'child') {
        expect(f.monthlyNetIncome).toBe(0);
        expect(daysBetween(p.birthDate, TODAY)).toBeLessThan(18 * 366);
      } else {
        expect(daysBetween(p.birthDate, TODAY)).toBeGreaterThanOrEqual(18 * 365);
      }
      if (f.incomeType === 'geen') expect(f.monthlyNetIncome).toBe(0);
    }
    const household = new Map(city.households.map((h) => [h.id, h]));
    for (const p of city.people) {
      const first = city.people[(household.get(p.householdId)?.memberIds[0] ?? 0) - 1];
      expect(p.facts.increasedReimbursement).toBe(first?.facts.increasedReimbursement);
    }
  });

  it('gives people with many claims a leefloon or debt-help status more often', () => {
    const claimsPerPerson = new Map<number, number>();
    for (const r of rows) claimsPerPerson.set(r.personId, (claimsPerPerson.get(r.personId) ?? 0) + 1);
    const adults = city.people.filter((p) => p.role === 'adult');
    const many = adults.filter((p) => (claimsPerPerson.get(p.id) ?? 0) >= 15);
    const few = adults.filter((p) => (claimsPerPerson.get(p.id) ?? 0) <= 3);
    const share = (ps: typeof adults, test: (p: (typeof adults)[number]) => boolean) =>
      ps.filter(test).length / ps.length;
    const troubled = (p: (typeof adults)[number]) =>
      p.facts.livingWage || p.facts.collectiveDebtSettlement || p.facts.budgetManagement;
    expect(many.length).toBeGreaterThan(50);
    expect(share(many, troubled)).toBeGreaterThan(3 * share(few, troubled));
    const income = (ps: typeof adults) => ps.reduce((s, p) => s + p.facts.monthlyNetIncome, 0) / ps.length;
    expect(income(many)).toBeLessThan(income(few));
  });
});

describe('generateClaims', () => {
  it('skews claims: a minority carries many claims across several departments', () => {
    const perPerson = new Map<number, ClaimRow[]>();
    for (const r of rows) {
      const list = perPerson.get(r.personId) ?? [];
      list.push(r);
      perPerson.set(r.personId, list);
    }
    const counts = [...perPerson.values()].map((c) => c.length).sort((a, b) => b - a);
    const topTenth = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0);
    expect(topTenth / rows.length).toBeGreaterThan(0.35);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(4);
    const heavy = [...perPerson.values()].filter((c) => c.length >= 15);
    const departments = heavy.map((c) => new Set(c.map((r) => r.departmentCode)).size);
    expect(departments.filter((n) => n >= 4).length / heavy.length).toBeGreaterThan(0.8);
    expect(city.people.filter((p) => p.role === 'child').every((p) => !perPerson.has(p.id))).toBe(true);
  });

  it('keeps amounts in integer cents, in the category range, with consistent charges and payments', () => {
    const categories = new Map(
      DEPARTMENT_SPECS.flatMap((d) => d.categories.map((c) => [`${d.code}/${c.name}`, c])),
    );
    const isCents = (amount: number) => Number.isSafeInteger(amount) && amount >= 0;
    const wrong = rows.filter((r) => {
      const category = categories.get(`${r.departmentCode}/${r.category}`);
      if (category === undefined || ![r.principal, r.charges, r.paid].every(isCents)) return true;
      if (r.principal < category.min || r.principal > category.max) return true;
      if (r.status === 'paid') return r.paid !== r.principal + r.charges;
      if (r.status === 'cancelled') return r.charges + r.paid !== 0;
      return r.paid >= r.principal + r.charges;
    });
    expect(wrong).toEqual([]);
    const share = (test: (r: ClaimRow) => boolean) => rows.filter(test).length / rows.length;
    expect(share((r) => r.status === 'open')).toBeGreaterThan(0.6);
    expect(share((r) => r.status === 'paid')).toBeGreaterThan(0.1);
    expect(share((r) => r.status === 'cancelled')).toBeGreaterThan(0.03);
    expect(share((r) => r.charges > 0)).toBeGreaterThan(0.2);
    expect(share((r) => r.status === 'open' && r.paid > 0)).toBeGreaterThan(0.05);
  });

  it('dates claims over the last four years, due 30 days after issue', () => {
    const oldest = addDays(TODAY, -4 * 365);
    const wrong = rows.filter(
      (r) => r.dueDate !== addDays(r.issueDate, 30) || r.issueDate > TODAY || r.issueDate < oldest,
    );
    expect(wrong).toEqual([]);
    const recent = rows.filter((r) => r.issueDate > addDays(TODAY, -365)).length / rows.length;
    expect(recent).toBeGreaterThan(0.15);
    expect(recent).toBeLessThan(0.35);
  });

  it('knows ~10% of people per department only by a stable, unique customer number', () => {
    const customerOf = new Map<string, string>();
    const ownerOf = new Map<string, number>();
    const nationalKnown = new Map<string, boolean>();
    const wrong: ClaimRow[] = [];
    for (const r of rows) {
      const key = `${r.departmentCode}/${r.personId}`;
      const known = r.nationalNumber !== null;
      const ownerKey = `${r.departmentCode}/${r.customerNumber}`;
      if (
        (customerOf.get(key) ?? r.customerNumber) !== r.customerNumber ||
        (ownerOf.get(ownerKey) ?? r.personId) !== r.personId ||
        (nationalKnown.get(key) ?? known) !== known ||
        (known && r.nationalNumber !== city.people[r.personId - 1]?.nationalNumber)
      ) {
        wrong.push(r);
      }
      customerOf.set(key, r.customerNumber);
      ownerOf.set(ownerKey, r.personId);
      nationalKnown.set(key, known);
    }
    expect(wrong).toEqual([]);
    const unknownShare = [...nationalKnown.values()].filter((k) => !k).length / nationalKnown.size;
    expect(unknownShare).toBeGreaterThan(0.07);
    expect(unknownShare).toBeLessThan(0.13);
  });

  it('addresses claims with the person’s own name, birth date and address', () => {
    for (const r of rows.slice(0, 2_000)) {
      const p = city.people[r.personId - 1];
      expect(r.name).toBe(`${p?.lastName}, ${p?.firstName}`);
      expect([r.birthDate, r.street, r.houseNumber]).toEqual([
        p?.birthDate,
        p?.address.street,
        p?.address.houseNumber,
      ]);
    }
    expect(new Set(rows.map((r) => r.claimId)).size).toBe(rows.length);
  });
});
