import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture, JAN_NN } from '../access/access.test-support.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { DEFAULT_RULESET } from './default-ruleset.ts';

let server: TestServer;
let f: Awaited<ReturnType<typeof accessFixture>>;
type Who = keyof typeof f.users;

async function call(
  who: Who,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
) {
  const headers: Record<string, string> = { ...f.users[who].headers };
  if (body !== undefined) headers['content-type'] = contentType;
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return {
    status: res.status,
    json: json as Record<string, unknown>,
    text,
    type: res.headers.get('content-type'),
  };
}

async function logged(action: string, debtorId: string) {
  return server.db.database.db
    .selectFrom('access_log')
    .select(['actor_role', 'action'])
    .where('action', '=', action)
    .where('subject_debtor_id', '=', debtorId)
    .execute();
}

beforeAll(async () => {
  server = await startTestServer({ today: '2026-11-24' });
  f = await accessFixture(server.db.database, server.db.scope());
  // Jan lives on a leefloon (MAGDA feed, imported through the API as CSV).
  const feed = `person;code;applies;from\n${JAN_NN};leefloon;ja;01/01/2026`;
  const imported = await call(
    'finance',
    'POST',
    '/api/v1/eligibility/facts?kind=social_status&source=MAGDA',
    feed,
    'text/csv',
  );
  expect(imported.json).toMatchObject({ inserted: 1, linked: 1 });
  const sweep = await call('finance', 'POST', '/api/v1/eligibility/sweeps', {});
  expect(sweep.status).toBe(200);
  expect(sweep.json).toMatchObject({ date: '2026-11-24', people: 2, alreadyDone: false });
});
afterAll(() => server.close());

describe('who sees what', () => {
  it("gives clerks the outcome only, never facts or explanations; policy staff not even one person's outcome", async () => {
    expect((await call('policy', 'GET', `/api/v1/eligibility/people/${f.jan}/outcome`)).status).toBe(403);
    for (const who of ['clerk'] as const) {
      const outcome = await call(who, 'GET', `/api/v1/eligibility/people/${f.jan}/outcome`);
      expect(outcome.status).toBe(200);
      expect(Object.keys(outcome.json).sort()).toEqual([
        'debtorId',
        'eligible',
        'evaluatedOn',
        'profile',
        'since',
      ]);
      expect(outcome.json).toMatchObject({ eligible: true, profile: 'GeringeAfbetaalmogelijkheid' });
      for (const what of ['explanation', 'facts'])
        expect((await call(who, 'GET', `/api/v1/eligibility/people/${f.jan}/${what}`)).status).toBe(403);
    }
    expect(await logged('eligibility.explanation', f.jan)).toEqual([]);
  });

  it('limits a clerk to people known to their departments', async () => {
    // The clerk works for SCHOOL; Els owes only PARKEREN.
    expect((await call('clerk', 'GET', `/api/v1/eligibility/people/${f.els}/outcome`)).status).toBe(404);
  });

  it('opens the explanation for finance and a consented social worker, and logs each opening', async () => {
    const finance = await call('finance', 'GET', `/api/v1/eligibility/people/${f.jan}/explanation`);
    expect(finance.status).toBe(200);
    expect(JSON.stringify(finance.json.explanation)).toContain('MAGDA');
    const social = await call('social_worker', 'GET', `/api/v1/eligibility/people/${f.jan}/explanation`);
    expect(social.status).toBe(200);
    const noConsent = await call('social_worker', 'GET', `/api/v1/eligibility/people/${f.els}/explanation`);
    expect(noConsent.status).toBe(403);
    const roles = (await logged('eligibility.explanation', f.jan)).map((r) => r.actor_role).sort();
    expect(roles).toEqual(['finance', 'social_worker']);
  });

  it('keeps other organisations out', async () => {
    expect((await call('financeB', 'GET', `/api/v1/eligibility/people/${f.jan}/explanation`)).status).toBe(
      404,
    );
  });
});

describe('worklist, rulesets, what-if, rights over HTTP', () => {
  it("pages the worklist with its total, and refuses an unknown sort in the user's language", async () => {
    const all = await call('finance', 'GET', '/api/v1/eligibility/worklist');
    const total = all.json.total as number;
    expect(total).toBe((all.json.items as unknown[]).length);
    expect(all.json).toMatchObject({ limit: 500, offset: 0 });
    const first = await call('finance', 'GET', '/api/v1/eligibility/worklist?limit=1&sort=name');
    expect(first.json).toMatchObject({ total, limit: 1, offset: 0 });
    expect((first.json.items as unknown[]).length).toBe(Math.min(1, total));
    const bad = await call('finance', 'GET', '/api/v1/eligibility/worklist?sort=colour');
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  });

  it('accepts without a body (decision only) and refuses consent that is incomplete', async () => {
    const list = await call('finance', 'GET', '/api/v1/eligibility/worklist');
    const [item] = list.json.items as { id: string }[];
    if (!item) throw new Error('no open item');
    const incomplete = await call('finance', 'POST', `/api/v1/eligibility/worklist/${item.id}/accept`, {
      consent: { date: '2026-11-20', form: 'written' },
    });
    expect(incomplete.status).toBe(400);
    // No body at all passes validation and reaches the service (unknown item: 404, not a schema error).
    const unknown = await call(
      'finance',
      'POST',
      '/api/v1/eligibility/worklist/00000000-0000-4000-8000-000000000000/accept',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 'unknown_worklist_item' } });
  });

  it('lists the new candidates and lets finance dismiss one with a reason', async () => {
    const list = await call('finance', 'GET', '/api/v1/eligibility/worklist');
    const items = list.json.items as { id: string; debtorId: string; reason: string }[];
    const jan = items.find((i) => i.debtorId === f.jan && i.reason === 'new_eligible');
    expect(jan).toBeDefined();
    const dismissed = await call('finance', 'POST', `/api/v1/eligibility/worklist/${jan?.id}/dismiss`, {
      reason: 'Heeft al een afbetalingsplan',
    });
    expect(dismissed.json).toMatchObject({ status: 'dismissed' });
    expect((await call('clerk', 'GET', '/api/v1/eligibility/worklist')).status).toBe(403);
  });

  it('validates a ruleset on save and numbers versions', async () => {
    const bad = await call('policy', 'POST', '/api/v1/eligibility/rulesets?lang=en', {
      ...DEFAULT_RULESET,
      effectiveFrom: '2026-13-01',
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.json)).toContain('$.effectiveFrom');
    const good = await call('policy', 'POST', '/api/v1/eligibility/rulesets', {
      ...DEFAULT_RULESET,
      effectiveFrom: '2027-01-01',
    });
    expect(good.json).toEqual({ version: 2, effectiveFrom: '2027-01-01' });
    const list = await call('policy', 'GET', '/api/v1/eligibility/rulesets');
    expect(
      (list.json.versions as { version: number; active: boolean }[]).map((v) => [v.version, v.active]),
    ).toEqual([
      [1, true],
      [2, false],
    ]);
    expect((await call('clerk', 'POST', '/api/v1/eligibility/rulesets', DEFAULT_RULESET)).status).toBe(403);
  });

  it('answers a what-if as JSON and CSV for policy staff', async () => {
    const draft = {
      ...DEFAULT_RULESET,
      profiles: { ...DEFAULT_RULESET.profiles, GeringeAfbetaalmogelijkheid: { minScore: 70 } },
    };
    const json = await call('policy', 'POST', '/api/v1/eligibility/what-if', { draft });
    expect(json.status).toBe(200);
    const moves = json.json.moves as { from: string; to: string; people: number }[];
    expect(moves.find((m) => m.from === 'GeringeAfbetaalmogelijkheid' && m.to === 'Vermogend')?.people).toBe(
      1,
    );
    const csv = await call('policy', 'POST', '/api/v1/eligibility/what-if?format=csv', { draft });
    expect(csv.type).toContain('text/csv');
    expect(csv.text.split('\r\n')[0]).toBe('deel;profiel;naar_profiel;personen;open_eur;in_aanmerking');
  });

  it('publishes rights as a cursor feed that a department clerk reads', async () => {
    const feed = await call('finance', 'GET', '/api/v1/eligibility/rights?after=0');
    expect(feed.status).toBe(200);
    expect(Array.isArray(feed.json.items)).toBe(true);
    const csv = await call('clerk', 'GET', '/api/v1/eligibility/rights?format=csv');
    expect(csv.text.startsWith('volgnummer;rijksregisternummer')).toBe(true);
    expect((await call('policy', 'GET', '/api/v1/eligibility/rights')).status).toBe(403);
  });

  it('lets finance propose and decide right reductions; a clerk only reads them', async () => {
    const proposed = await call('finance', 'POST', '/api/v1/eligibility/reductions/propose');
    expect(proposed.status).toBe(200);
    // the rulesets here define no reduction rule: nothing to propose
    expect(proposed.json).toMatchObject({ proposed: 0, proposedCents: 0, rights: [], skipped: [] });
    expect((await call('clerk', 'POST', '/api/v1/eligibility/reductions/propose', {})).status).toBe(403);
    const list = await call('clerk', 'GET', '/api/v1/eligibility/reductions?status=proposed');
    expect(list.status).toBe(200);
    expect(list.json).toEqual({ items: [] });
    expect((await call('policy', 'GET', '/api/v1/eligibility/reductions')).status).toBe(403);
    const unknown = await call(
      'finance',
      'POST',
      '/api/v1/eligibility/reductions/00000000-0000-4000-8000-000000000000/accept',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 'unknown_reduction' } });
    const clerk = await call(
      'clerk',
      'POST',
      '/api/v1/eligibility/reductions/00000000-0000-4000-8000-000000000000/reject',
      { note: 'x' },
    );
    expect(clerk.status).toBe(403);
  });
});
