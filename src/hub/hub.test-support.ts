import { Readable } from 'node:stream';
import { API_TOKEN_PREFIX, hashToken, newToken } from '../access/secrets.ts';
import { insertToken } from '../access/token-store.ts';
import { importClaims } from '../claims/import-service.ts';
import { addDepartment } from '../organisations/service.ts';
import { insertOrganisation } from '../organisations/store.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { type HubSettings, hubSettings } from './io-keys.ts';
import { addParticipant } from './participants-service.ts';

/** A test hub: the city (default org) with department PARKEREN, an OCMW as second organisation. */
export const CITY_CREDITOR = 'stad-parkeren';
export const COUNSELLOR = 'ocmw-teststad';
export const OUTSIDE_CREDITOR = 'energie-test';

export function testSettings(overrides: Partial<HubSettings> = {}): HubSettings {
  const base = hubSettings({
    env: 'test',
    hub: {
      keys: {},
      answerWorkingDays: 10,
      urgentAnswerWorkingDays: 2,
      retentionDays: 30,
      consentThreshold: 10,
      maxRecipients: 50,
      messagesPerHour: 600,
    },
  });
  return { ...base, ...overrides };
}

/** An API token of `orgId` with the hub actions, optionally narrowed to departments. */
export async function hubToken(
  database: Database,
  orgId: string,
  departmentIds: string[] = [],
): Promise<string> {
  const token = newToken(API_TOKEN_PREFIX);
  await insertToken(database.db, {
    orgId,
    name: 'hub-test',
    tokenHash: hashToken(token),
    actions: ['hub.read', 'hub.send', 'hub.confirm', 'hub.addressbook.read'],
    departmentIds,
    createdBy: 'test',
  });
  return token;
}

/** A check-digit valid, obviously fictional KBO number from a 7-digit serial. */
export function companyNumber(serial: number): string {
  const base = `0${String(serial).padStart(7, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

const HEADER =
  'vordering_id;rijksregisternummer;klantnummer;naam;geboortedatum;straat;huisnummer;postcode;gemeente;categorie;hoofdsom;vervaldatum';
/** Jan Testmans (synthetic; serial 997) owes the parking department two claims under customer number P-77. */
export const PARKING_CSV = [
  HEADER,
  'PK-2026-0001;85073099734;P-77;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Parkeerretributie;50,00;10/03/2026',
  'PK-2026-0002;85073099734;P-77;Jan Testmans;30/07/1985;Teststraat;1;9000;Gent;Parkeerretributie;25,00;10/04/2026',
].join('\r\n');

export interface HubWorld {
  readonly city: Scope;
  readonly ocmw: Scope;
  readonly ocmwOrgId: string;
}

export async function setUpHub(database: Database, cityScope: Scope): Promise<HubWorld> {
  const ocmwOrg = await insertOrganisation(database.db, 'ocmw-test', 'OCMW Teststad');
  const ocmw: Scope = { orgId: ocmwOrg.id, actor: 'test:ocmw', lang: 'nl' };
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const dep = await addDepartment(database, cityScope, 'PARKEREN', 'Parkeren');
  if (!dep.ok && dep.error.code !== 'department_exists') throw new Error(dep.error.message);
  const imported = await importClaims(database, cityScope, {
    departmentCode: 'PARKEREN',
    input: Readable.from([Buffer.from(PARKING_CSV, 'utf8')]),
  });
  if (!imported.ok) throw new Error(imported.error.message);
  must(
    await addParticipant(database, cityScope, {
      code: CITY_CREDITOR,
      name: 'Stad Teststad — Parkeren',
      kind: 'inside',
      department: 'PARKEREN',
      role: 'creditor',
    }),
  );
  must(
    await addParticipant(database, ocmw, {
      code: COUNSELLOR,
      name: 'OCMW Teststad — schuldhulp',
      kind: 'inside',
      role: 'counsellor',
    }),
  );
  must(
    await addParticipant(database, cityScope, {
      code: OUTSIDE_CREDITOR,
      name: 'Energie Test NV',
      kind: 'outside',
      companyNumber: companyNumber(1234567),
      role: 'creditor',
      acceptsNationalNumber: true,
    }),
  );
  return { city: cityScope, ocmw, ocmwOrgId: ocmwOrg.id };
}
