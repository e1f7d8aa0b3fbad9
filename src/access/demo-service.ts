import { addMonths } from '../kernel/dates.ts';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import type { Role } from '../platform/roles.ts';
import { addConsent } from './service.ts';
import { createUser } from './user-service.ts';

/** Published in docs/access.md: only ever for demo installations. */
export const DEMO_PASSWORD = 'demo-evs-2026';

export interface DemoLogin {
  readonly login: string;
  readonly role: Role;
  readonly displayName: string;
}

/**
 * One user of each role for the demo city, all with DEMO_PASSWORD. The clerk works for the first
 * department given; the social worker holds a consent for `consentDebtorId`; the citizen account
 * belongs to `citizenDebtorId` (both skipped when not given).
 */
export async function createDemoUsers(
  database: Database,
  orgId: string,
  departments: readonly (string | { readonly code: string })[],
  opts: { citizenDebtorId?: string; consentDebtorId?: string; today?: string } = {},
): Promise<DemoLogin[]> {
  const scope = { orgId, actor: 'system', lang: 'nl' as const };
  const firstDepartment = departments.map((d) => (typeof d === 'string' ? d : d.code))[0];
  const wanted: (DemoLogin & { departments?: string[]; debtorId?: string })[] = [
    { login: 'admin@demo', role: 'admin', displayName: 'Ada Beheer' },
    { login: 'finance@demo', role: 'finance', displayName: 'Frank Financiën' },
    ...(firstDepartment
      ? [
          {
            login: 'clerk@demo',
            role: 'clerk' as const,
            displayName: 'Clara Dienst',
            departments: [firstDepartment],
          },
        ]
      : []),
    { login: 'social@demo', role: 'social_worker', displayName: 'Sofie Welzijn' },
    { login: 'auditor@demo', role: 'auditor', displayName: 'Aziz Toezicht' },
    { login: 'policy@demo', role: 'policy', displayName: 'Pieter Beleid' },
    ...(opts.citizenDebtorId
      ? [
          {
            login: 'citizen@demo',
            role: 'citizen' as const,
            displayName: 'Burger Demo',
            debtorId: opts.citizenDebtorId,
          },
        ]
      : []),
  ];
  const created: DemoLogin[] = [];
  for (const w of wanted) {
    const r = await createUser(database, scope, {
      login: w.login,
      displayName: w.displayName,
      password: DEMO_PASSWORD,
      roles: [w.role],
      ...(w.departments ? { departments: w.departments } : {}),
      ...(w.debtorId ? { citizenDebtorId: w.debtorId } : {}),
      demo: true,
    });
    if (!r.ok) throw new Error(`demo user ${w.login}: ${r.error.message}`);
    created.push({ login: w.login, role: w.role, displayName: w.displayName });
    if (w.role === 'social_worker' && opts.consentDebtorId) {
      const from = opts.today ?? new Date().toISOString().slice(0, 10);
      const consent = await addConsent(database, scope, {
        userId: r.value.id,
        debtorId: opts.consentDebtorId,
        kind: 'consent',
        purpose: 'Budgetbegeleiding (demo)',
        validFrom: from,
        validUntil: addMonths(from, 12),
        evidenceRef: 'DEMO-TOESTEMMING-1',
      });
      if (!consent.ok) throw new Error(`demo consent: ${consent.error.message}`);
    }
  }
  return created;
}

/** A production server must not start while users with the published demo password exist. */
export async function refuseDemoUsersInProduction(
  database: Database,
  config: Pick<Config, 'env'>,
): Promise<void> {
  if (config.env !== 'production') return;
  const demo = await database.db
    .selectFrom('users')
    .select('login')
    .where('demo', '=', true)
    .executeTakeFirst();
  if (demo) {
    throw new Error(
      'This database holds demo users with a published password; a production server refuses to start. ' +
        'Remove them (npx evs users remove-demo) or use a fresh database.',
    );
  }
}
