import { sql } from 'kysely';
import type { IsoDate } from '../kernel/dates.ts';
import { addDays } from '../kernel/dates.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { loadDemoPartners } from './demo-partners.ts';
import { type HubSettings, hubSettings } from './io-keys.ts';
import { addParticipant } from './participants-service.ts';
import { findParticipant, organisationCode } from './participants-store.ts';
import { sendMessage } from './service.ts';

/** Hub settings of a demo installation without configuration: development keys, default deadlines. */
export function demoHubSettings(): HubSettings {
  return hubSettings({
    env: 'development',
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
}

const contactPerson = { name: 'Sofie Welzijn', email: 'schuldhulp@demo.example', phone: '+32 9 000 00 00' };

/**
 * A short hub conversation in the demo organisation (in Flanders the OCMW's debt help is part of the
 * city): the address book gets the first department as creditor and the Sociaal Huis as counsellor;
 * the counsellor sends a notice (with national number) about the person with the most claims, the
 * department answers it, and a balance request waits in the department's inbox. Outside partners
 * (energy supplier, housing company, debt mediation) get their own organisation and user. Skipped (0) when
 * the address book already has these entries, no person fits or the organisation has no body key.
 */
export async function loadDemoHub(
  database: Database,
  scope: Scope,
  today: IsoDate,
  settings: HubSettings = demoHubSettings(),
): Promise<{ participants: number; messages: number }> {
  const none = { participants: 0, messages: 0 };
  const orgCode = await organisationCode(database.db, scope.orgId);
  const department = await database.db
    .selectFrom('departments')
    .select(['code', 'name'])
    .where('organisation_id', '=', scope.orgId)
    .orderBy('code')
    .executeTakeFirst();
  // production without a configured body key for the organisation: no demo messages rather than none at all
  if (orgCode === undefined || department === undefined || !settings.keyOf(orgCode).ok) return none;
  const creditorCode = `${orgCode}-${department.code.toLowerCase()}`;
  const counsellorCode = `${orgCode}-schuldhulp`;
  if (
    (await findParticipant(database.db, { code: creditorCode })) ||
    (await findParticipant(database.db, { code: counsellorCode }))
  )
    return none;
  const partners = await loadDemoPartners(database, scope);
  const person = await sql<{
    id: string;
    name: string;
    birth_date: string;
    street: string;
    house_number: string;
    postal_code: string;
    city: string;
    national_number: string;
  }>`SELECT d.id, d.name, d.birth_date, d.street, d.house_number, d.postal_code, d.city,
        pi.value AS national_number
      FROM debtors d
      JOIN person_identifiers pi ON pi.debtor_id = d.id AND pi.kind = 'be'
      JOIN claims k ON k.debtor_id = d.id
      JOIN departments dep ON dep.id = k.department_id AND dep.code = ${department.code}
      WHERE d.organisation_id = ${scope.orgId} AND d.birth_date IS NOT NULL AND d.street IS NOT NULL
        AND d.house_number IS NOT NULL AND d.postal_code IS NOT NULL AND d.city IS NOT NULL
      GROUP BY d.id, d.name, d.birth_date, d.street, d.house_number, d.postal_code, d.city, pi.value
      ORDER BY count(*) DESC, d.id LIMIT 1`.execute(database.db);
  const p = person.rows[0];
  if (p === undefined) return { participants: partners, messages: 0 };
  const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
    if (!r.ok) throw new Error(`demo hub: ${r.error.message}`);
    return r.value;
  };
  must(
    await addParticipant(database, scope, {
      code: creditorCode,
      name: department.name,
      kind: 'inside',
      department: department.code,
      role: 'creditor',
      acceptsNationalNumber: true,
    }),
  );
  must(
    await addParticipant(database, scope, {
      code: counsellorCode,
      name: 'Sociaal Huis — schuldhulp',
      kind: 'inside',
      role: 'counsellor',
      contacts: [{ name: contactPerson.name, email: contactPerson.email }],
    }),
  );
  const words = p.name.trim().split(/\s+/);
  const client = {
    firstNames: words.slice(0, -1).join(' ') || (words[0] ?? 'Onbekend'),
    surname: words[words.length - 1] ?? 'Onbekend',
    birthDate: String(p.birth_date).slice(0, 10),
    address: {
      street: p.street,
      number: p.house_number,
      postcode: p.postal_code,
      town: p.city,
      country: 'BE',
    },
  };
  const clientNumber = 'SH-DEMO-001';
  const started = addDays(today, -7);
  const notice = must(
    await sendMessage(
      database,
      settings,
      scope,
      counsellorCode,
      {
        type: 'notice-public',
        recipient: creditorCode,
        debtorReference: clientNumber,
        urgent: false,
        body: {
          counsellorClientNumber: clientNumber,
          client,
          contactPerson,
          debtHelpStartedOn: started,
          nationalNumber: p.national_number,
        },
      },
      addDays(today, -6),
    ),
  );
  must(
    await sendMessage(
      database,
      settings,
      scope,
      creditorCode,
      {
        type: 'notice-answer',
        recipient: counsellorCode,
        debtorReference: clientNumber,
        urgent: false,
        inReplyTo: notice.id,
        body: { collectionSuspended: true, note: 'Invordering opgeschort; kosten bevroren.' },
      },
      addDays(today, -5),
    ),
  );
  must(
    await sendMessage(
      database,
      settings,
      scope,
      counsellorCode,
      {
        type: 'balance-request',
        recipient: creditorCode,
        debtorReference: clientNumber,
        urgent: false,
        conversationId: notice.conversationId,
        body: {
          counsellorClientNumber: clientNumber,
          settlementType: 'SB',
          client,
          contactPerson,
          consentStatement: { kind: 'client-consent', reference: 'TV-DEMO-001', signedOn: started },
          claims: [],
        },
      },
      addDays(today, -1),
    ),
  );
  return { participants: 2 + partners, messages: 3 };
}
