import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';
import { importClaims } from './import-service.ts';

let t: TestDatabase;

const bytes = (text: string) =>
  (async function* () {
    yield Buffer.from(text, 'utf8');
  })();

// Synthetic people; national numbers valid by mod 97.
const SCHOOL = [
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;categorie;hoofdsom;kosten;betaald;vervaldatum',
  'S-1;85.07.30-033.28;K1;Jan Testmans;30/07/1985;Schoolmaaltijden;1.234,56;15,00;0;15/01/2026',
  'S-2;85073003328;K1;Jan Testmans;30/07/1985;Schoolmaaltijden;20,50;;;15/02/2026',
].join('\r\n');

const PARKING = [
  'claim_id,national_number,name,category,principal,due_date',
  'P-1,85073003328,Jan Testmans,Parkeerretributie,58.00,2025-11-01',
].join('\n');

beforeAll(async () => {
  t = await createTestDatabase();
  await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
  await addDepartment(t.database, t.scope(), 'PARKEREN', 'Parkeren');
});
afterAll(() => t.close());

describe('importClaims', () => {
  it('imports two departments into one debtor and is idempotent', async () => {
    const first = await importClaims(t.database, t.scope(), {
      departmentCode: 'SCHOOL',
      input: bytes(SCHOOL),
    });
    expect(first.ok && first.value.report).toEqual({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      rejected: [],
      rejectedFile: null,
    });
    const parking = await importClaims(t.database, t.scope(), {
      departmentCode: 'parkeren',
      input: bytes(PARKING),
    });
    expect(parking.ok && parking.value.report.created).toBe(1);
    const again = await importClaims(t.database, t.scope(), {
      departmentCode: 'SCHOOL',
      input: bytes(SCHOOL),
    });
    expect(again.ok && again.value.report).toMatchObject({ rows: 2, created: 0, updated: 0, unchanged: 2 });
    const debtors = await t.database.db.selectFrom('debtors').select('id').execute();
    expect(debtors).toHaveLength(1);
    const claims = await t.database.db
      .selectFrom('claims')
      .select(['claim_id', 'principal', 'charges'])
      .orderBy('claim_id')
      .execute();
    expect(claims).toEqual([
      { claim_id: 'P-1', principal: 5800, charges: 0 },
      { claim_id: 'S-1', principal: 123456, charges: 1500 },
      { claim_id: 'S-2', principal: 2050, charges: 0 },
    ]);
  });
});
