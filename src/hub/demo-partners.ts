import { DEMO_PASSWORD } from '../access/demo-service.ts';
import { createUser } from '../access/user-service.ts';
import { insertOrganisation } from '../organisations/store.ts';
import type { Database } from '../platform/db.ts';
import type { Scope } from '../platform/scope.ts';
import { addParticipant } from './participants-service.ts';
import { findParticipant } from './participants-store.ts';

/**
 * Outside partners of the demo city, each with its own organisation and one user, so that a hub
 * conversation can be held end to end: the city writes from the compose form, the partner signs in,
 * reads and answers. Their names, codes and people are fictional.
 */
export const DEMO_PARTNERS = [
  {
    orgCode: 'demo-energie',
    participant: 'demo-energie-klanten',
    name: 'Energie Demo NV',
    role: 'creditor',
    acceptsNationalNumber: true,
    user: { login: 'energie@demo', displayName: 'Eva Energie' },
    contact: { name: 'Eva Energie', email: 'klantendienst@energie-demo.example', phone: '+32 9 111 22 33' },
  },
  {
    orgCode: 'demo-wonen',
    participant: 'demo-wonen-huur',
    name: 'Woonmaatschappij Demostad',
    role: 'creditor',
    acceptsNationalNumber: true,
    user: { login: 'wonen@demo', displayName: 'Wout Wonen' },
    contact: { name: 'Wout Wonen', email: 'huurachterstal@wonen-demo.example', phone: '+32 9 222 33 44' },
  },
  {
    orgCode: 'demo-schuldbemiddeling',
    participant: 'demo-schuldbemiddeling',
    name: 'CAW Demostad — schuldbemiddeling',
    role: 'both',
    acceptsNationalNumber: false,
    user: { login: 'bemiddeling@demo', displayName: 'Bram Bemiddeling' },
    contact: {
      name: 'Bram Bemiddeling',
      email: 'schuldbemiddeling@caw-demo.example',
      phone: '+32 9 333 44 55',
    },
  },
] as const;

/** Adds the demo partners (skipped when the first one exists already); returns how many were added. */
export async function loadDemoPartners(database: Database, system: Scope): Promise<number> {
  const first = DEMO_PARTNERS[0];
  if (await findParticipant(database.db, { code: first.participant })) return 0;
  for (const p of DEMO_PARTNERS) {
    const org = await insertOrganisation(database.db, p.orgCode, p.name);
    const scope: Scope = { orgId: org.id, actor: system.actor, lang: system.lang };
    const added = await addParticipant(database, scope, {
      code: p.participant,
      name: p.name,
      kind: 'inside',
      role: p.role,
      acceptsNationalNumber: p.acceptsNationalNumber,
      contacts: [p.contact],
    });
    if (!added.ok) throw new Error(`demo partner ${p.participant}: ${added.error.message}`);
    const user = await createUser(database, scope, {
      login: p.user.login,
      displayName: p.user.displayName,
      password: DEMO_PASSWORD,
      roles: ['finance'],
      demo: true,
    });
    if (!user.ok) throw new Error(`demo user ${p.user.login}: ${user.error.message}`);
  }
  return DEMO_PARTNERS.length;
}
