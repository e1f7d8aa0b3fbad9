import { Readable } from 'node:stream';
import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';
import { importFacts } from './fact-service.ts';
import { saveRuleset } from './ruleset-service.ts';

// Synthetic people; national numbers valid by mod 97 with obviously fictional serials.
export const JAN = '85073099734';
export const PIET = '78110599684';
const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;categorie;hoofdsom;betaald;factuurdatum;vervaldatum';
const piet = (id: string, cat: string, amount: string, paid: string, issued: string, due: string) =>
  `${id};${PIET};K3;Piet Voorbeelds;05/11/1978;${cat};${amount};${paid};${issued};${due}`;
/** The childcare department's invoices, as it sends them (its own figures, every time). */
export const childcare = (k6Paid: string) =>
  [
    HEADER,
    piet('K-1', 'Opvang', '200,00', '0,00', '10/03/2025', '10/04/2025'), // in period: 50 % = 100,00
    piet('K-2', 'Opvang', '80,00', '70,00', '', '15/07/2025'), // no issue date: due date counts; 10,00 open
    piet('K-3', 'Opvang', '90,00', '0,00', '20/12/2024', '20/01/2025'), // issued before the right
    piet('K-4', 'Inschrijving', '40,00', '0,00', '10/03/2025', '10/04/2025'), // another category
    piet('K-6', 'Opvang', '60,00', k6Paid, '01/04/2025', '01/05/2025'),
    `K-5;${JAN};K1;Jan Testmans;30/07/1985;Opvang;100,00;0,00;10/03/2025;10/04/2025`, // Jan has no right
  ].join('\r\n');
const PARKING = [HEADER, piet('P-1', 'Parkeerretributie', '50,00', '0,00', '10/03/2025', '10/04/2025')].join(
  '\r\n',
);

export async function importDepartmentCsv(database: Database, scope: Scope, code: string, csv: string) {
  const r = await importClaims(database, scope, {
    departmentCode: code,
    input: Readable.from([Buffer.from(csv, 'utf8')]),
  });
  if (!r.ok || r.value.rejectedWhole) throw new Error(`claims did not import: ${JSON.stringify(r)}`);
}

/**
 * Piet owes childcare and parking; he has two children and the increased reimbursement, so the
 * childcare social tariff (a right with a 50 % reduction rule on 2025 "Opvang" invoices) applies to
 * him after a sweep on 2025-06-02. Departments that exist already are reused.
 */
export async function reductionFixture(database: Database, scope: Scope) {
  const departments: Record<string, string> = {};
  for (const [code, name] of [
    ['KINDEROPVANG', 'Kinderopvang'],
    ['PARKEREN', 'Parkeren'],
  ] as const) {
    const d = await addDepartment(database, scope, code, name);
    if (d.ok) departments[code] = d.value.id;
    else if (d.error.code === 'department_exists') {
      const row = await database.db
        .selectFrom('departments')
        .select('id')
        .where('organisation_id', '=', scope.orgId)
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      departments[code] = row.id;
    } else throw new Error(d.error.message);
  }
  await importDepartmentCsv(database, scope, 'KINDEROPVANG', childcare('0,00'));
  await importDepartmentCsv(database, scope, 'PARKEREN', PARKING);
  const row = await database.db
    .selectFrom('person_identifiers')
    .select('debtor_id')
    .where('organisation_id', '=', scope.orgId)
    .where('value', '=', PIET)
    .executeTakeFirstOrThrow();
  const facts = [
    {
      kind: 'household' as const,
      text: JSON.stringify({
        source: 'RR',
        records: [{ person: PIET, size: 3, adults: 1, children: 2, from: '2020-01-01' }],
      }),
      format: 'json' as const,
    },
    {
      kind: 'social_status' as const,
      text: `person;code;applies;from\n${PIET};verhoogde_tegemoetkoming;ja;01/01/2025`,
      format: 'csv' as const,
    },
  ];
  for (const f of facts) {
    const r = await importFacts(database, scope, { ...f, source: 'MAGDA' }, '2025-01-10');
    if (!r.ok) throw new Error(r.error.message);
  }
  const ruleset = {
    ...DEFAULT_RULESET,
    rights: DEFAULT_RULESET.rights.map((r) =>
      r.code === 'sociaal_tarief_kinderopvang'
        ? {
            ...r,
            period: { from: '2025-01-01', to: '2025-12-31' },
            reduction: { department: 'KINDEROPVANG', categories: ['Opvang'], percentBp: 5_000 },
          }
        : r,
    ),
  };
  const saved = await saveRuleset(database, scope, ruleset);
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return {
    pietId: row.debtor_id,
    childcareId: departments.KINDEROPVANG ?? '',
    parkingId: departments.PARKEREN ?? '',
  };
}
