import { Readable } from 'node:stream';
import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import { insertOrganisation } from '../organisations/store.ts';
import type { Database } from '../platform/db.ts';
import type { Role } from '../platform/roles.ts';
import type { Scope } from '../platform/scope.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './hooks.ts';
import { addConsent } from './service.ts';
import { startSession } from './session-service.ts';
import { createUser } from './user-service.ts';

// Synthetic people: national numbers are check-digit valid with fictional serials (997, 998, 996).
export const JAN_NN = '85073099734';
export const ELS_NN = '90021499801';
export const BERT_NN = '75010199671';
const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;categorie;hoofdsom;vervaldatum';
export const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n');
export const SCHOOL_CSV = csv(
  'SCH-1;85.07.30-997.34;S-1;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Schoolmaaltijden;100,00;15/01/2026',
);
export const PARKING_CSV = csv(
  'PK-1;85073099734;P-1;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Parkeerretributie;50,00;10/03/2026',
  'PK-2;90.02.14-998.01;P-2;Els Proefmans;14/02/1990;Proefweg;7;9000;Gent;Parkeerretributie;25,00;10/03/2026',
);
export const ORG_B_CSV = csv(
  'B-1;75.01.01-996.71;B-1;Bert Anderstad;01/01/1975;Andere straat;3;2000;Antwerpen;Belasting;70,00;10/03/2026',
);

export async function importCsv(database: Database, scope: Scope, department: string, text: string) {
  const r = await importClaims(database, scope, {
    departmentCode: department,
    input: Readable.from([Buffer.from(text, 'utf8')]),
  });
  if (!r.ok || r.value.rejectedWhole) throw new Error(`fixture import failed: ${JSON.stringify(r)}`);
}

export async function debtorIdOf(database: Database, orgId: string, nationalNumber: string): Promise<string> {
  const row = await database.db
    .selectFrom('person_identifiers')
    .select('debtor_id')
    .where('organisation_id', '=', orgId)
    .where('value', '=', nationalNumber)
    .executeTakeFirstOrThrow();
  return row.debtor_id;
}

export interface SignedIn {
  readonly userId: string;
  readonly headers: Record<string, string>;
}

/** A user with a live session; `headers` carry the session cookie and the CSRF header. */
export async function signedInUser(
  database: Database,
  scope: Scope,
  login: string,
  roles: Role[],
  extra: { departments?: string[]; citizenDebtorId?: string } = {},
): Promise<SignedIn> {
  const r = await createUser(database, scope, {
    login,
    displayName: login,
    password: 'correct horse battery',
    roles,
    ...extra,
  });
  if (!r.ok) throw new Error(r.error.message);
  const session = await startSession(
    database,
    { sessionMinutes: 60, maxFailedLogins: 5, lockMinutes: 15, oidc: null },
    { id: r.value.id, organisation_id: scope.orgId },
    new Date(),
  );
  return {
    userId: r.value.id,
    headers: { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken },
  };
}

/** Organisation A (the test server's) with SCHOOL and PARKEREN claims; organisation B with one debtor. */
export async function accessFixture(database: Database, scopeA: Scope) {
  await importCsv(database, scopeA, 'SCHOOL', SCHOOL_CSV);
  await importCsv(database, scopeA, 'PARKEREN', PARKING_CSV);
  const orgB = await insertOrganisation(database.db, 'anderstad', 'Anderstad');
  const scopeB: Scope = { orgId: orgB.id, actor: 'test', lang: 'nl' };
  await addDepartment(database, scopeB, 'BELAST', 'Belastingen');
  await importCsv(database, scopeB, 'BELAST', ORG_B_CSV);
  const jan = await debtorIdOf(database, scopeA.orgId, JAN_NN);
  const els = await debtorIdOf(database, scopeA.orgId, ELS_NN);
  const bert = await debtorIdOf(database, orgB.id, BERT_NN);
  const social = await signedInUser(database, scopeA, 'social@a', ['social_worker']);
  const consent = await addConsent(database, scopeA, {
    userId: social.userId,
    debtorId: jan,
    kind: 'consent',
    purpose: 'budgetbegeleiding',
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
    evidenceRef: 'DOC-1',
  });
  if (!consent.ok) throw new Error(consent.error.message);
  const users = {
    admin: await signedInUser(database, scopeA, 'admin@a', ['admin']),
    finance: await signedInUser(database, scopeA, 'finance@a', ['finance']),
    clerk: await signedInUser(database, scopeA, 'clerk@a', ['clerk'], { departments: ['SCHOOL'] }),
    social_worker: social,
    auditor: await signedInUser(database, scopeA, 'auditor@a', ['auditor']),
    policy: await signedInUser(database, scopeA, 'policy@a', ['policy']),
    citizen: await signedInUser(database, scopeA, 'citizen@a', ['citizen'], { citizenDebtorId: jan }),
    financeB: await signedInUser(database, scopeB, 'finance@b', ['finance']),
  };
  return { jan, els, bert, orgB: orgB.id, scopeB, users };
}
