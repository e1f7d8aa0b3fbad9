import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import { createTestDatabase, type TestDatabase } from '../testing/db.ts';

/** Synthetic person (check-digit valid, fictional serial 997) with claims at two departments. */
export const NATIONAL_NUMBER = '85.07.30-997.34';

const HEADER =
  'vordering_id;rijksregisternummer;naam;geboortedatum;categorie;hoofdsom;kosten;betaald;vervaldatum';

export function claimsCsv(rows: readonly string[]): string {
  return [HEADER, ...rows].join('\r\n');
}

export const SCHOOL_ROWS = [
  `S-1;${NATIONAL_NUMBER};Jan Testmans;30/07/1985;Schoolmaaltijden;300,00;15,00;0;15/01/2026`,
  `S-2;${NATIONAL_NUMBER};Jan Testmans;30/07/1985;Schoolmaaltijden;100,00;0;0;15/02/2026`,
];
export const PARKING_ROWS = [
  `P-1;${NATIONAL_NUMBER};Jan Testmans;30/07/1985;Parkeerretributie;200,00;20,00;0;01/03/2026`,
];

export function bytes(text: string) {
  return (async function* () {
    yield Buffer.from(text, 'utf8');
  })();
}

export async function importRows(t: TestDatabase, department: string, rows: readonly string[]) {
  const r = await importClaims(t.database, t.scope(), {
    departmentCode: department,
    input: bytes(claimsCsv(rows)),
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A database with SCHOOL and PARKEREN and Jan Testmans owing € 635 (€ 35 of it charges). */
export async function planTestDatabase(): Promise<{ t: TestDatabase; debtorId: string }> {
  const t = await createTestDatabase();
  await addDepartment(t.database, t.scope(), 'SCHOOL', 'Scholen');
  await addDepartment(t.database, t.scope(), 'PARKEREN', 'Parkeren');
  await importRows(t, 'SCHOOL', SCHOOL_ROWS);
  await importRows(t, 'PARKEREN', PARKING_ROWS);
  const debtor = await t.database.db.selectFrom('debtors').select('id').executeTakeFirstOrThrow();
  return { t, debtorId: debtor.id };
}

export const CONSENT = { date: '2026-11-20', form: 'written', evidence: 'DOC-2026-0001' };
