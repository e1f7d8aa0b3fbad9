import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFixture } from '../access/access.test-support.ts';
import { DEFAULT_RULESET } from '../eligibility/default-ruleset.ts';
import { whatIf } from '../eligibility/insight-service.ts';
import { PROFILES } from '../kernel/eligibility/ruleset.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { DEFAULT_COST_MODEL } from './cost-model.ts';

let server: TestServer;
let f: Awaited<ReturnType<typeof accessFixture>>;

async function call(who: keyof typeof f.users, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { ...f.users[who].headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const buffer = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    buffer,
    json: type.includes('json') ? (JSON.parse(buffer.toString('utf8')) as Record<string, unknown>) : null,
  };
}

const inputs = {
  peopleReached: 150,
  averageDebtPerPerson: 90_000,
  claimsPerPerson: 3,
  repaymentRatePct: 55,
  statusQuoRecoveryPct: 30,
  bailiffSharePct: 20,
  staffMinutesPerFile: 180,
  staffCostPerHour: 4_500,
  costModel: DEFAULT_COST_MODEL,
};

beforeAll(async () => {
  server = await startTestServer({ today: '2026-11-24' });
  f = await accessFixture(server.db.database, server.db.scope());
});
afterAll(() => server.close());

describe('reports API', () => {
  it('gives policy makers aggregated KPIs (JSON and CSV) and nobody per-person data', async () => {
    const kpis = await call('policy', 'GET', '/api/v1/reports/kpis?from=2026-10&to=2026-11');
    expect(kpis.status).toBe(200);
    expect(kpis.json?.months).toEqual(['2026-10', '2026-11']);
    const csv = await call('policy', 'GET', '/api/v1/reports/kpis.csv?from=2026-10&to=2026-11');
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.buffer.toString('utf8').split('\r\n')[0]).toBe('month;department;metric;unit;value');
    const stats = await call('policy', 'GET', '/api/v1/reports/statistics.csv?period=2026-Q4');
    expect(stats.buffer.toString('utf8')).toMatch(
      /^period;organisation;department;metric;unit;value\r\n2026-Q4;/,
    );
    for (const who of ['clerk', 'citizen', 'social_worker'] as const) {
      expect((await call(who, 'GET', '/api/v1/reports/kpis?from=2026-10&to=2026-11')).status).toBe(403);
    }
    expect((await call('policy', 'GET', `/api/v1/debtors/${f.jan}/overview`)).status).toBe(403);
  });

  it('evaluates, saves and exports scenarios as a PDF', async () => {
    const evaluated = await call('policy', 'POST', '/api/v1/reports/business-case', {
      scenarios: [{ name: 'Basis', inputs }],
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.json).toMatchObject({
      scenarios: [{ name: 'Basis', outcome: { peopleReached: 150, debtInScope: 13_500_000 } }],
    });
    expect((await call('policy', 'PUT', '/api/v1/reports/scenarios', { name: 'Basis', inputs })).status).toBe(
      200,
    );
    expect(
      (
        await call('policy', 'PUT', '/api/v1/reports/scenarios', {
          name: 'Basis',
          inputs: { ...inputs, peopleReached: 300 },
        })
      ).status,
    ).toBe(200);
    const list = await call('auditor', 'GET', '/api/v1/reports/scenarios');
    expect(list.json).toMatchObject({ scenarios: [{ name: 'Basis', inputs: { peopleReached: 300 } }] });
    expect((await call('auditor', 'PUT', '/api/v1/reports/scenarios', { name: 'X', inputs })).status).toBe(
      403,
    );
    const pdf = await call('policy', 'POST', '/api/v1/reports/business-case.pdf', {
      scenarios: [
        { name: 'Basis', inputs },
        { name: 'Ruim', inputs: { ...inputs, peopleReached: 400 } },
      ],
    });
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bad = await call('policy', 'POST', '/api/v1/reports/business-case', {
      scenarios: [{ name: 'Fout', inputs: { ...inputs, repaymentRatePct: 140 } }],
    });
    expect(bad.status).toBe(400);
  });

  it('fills people reached from a ruleset what-if (version or draft) and says which source it used', async () => {
    const report = await whatIf(server.db.database, server.db.scope(), DEFAULT_RULESET, '2026-11-24');
    if (!report.ok) throw new Error(report.error.message);
    const eligible = PROFILES.reduce((n, p) => n + report.value.draft[p].eligible, 0);
    const r = await call('policy', 'POST', '/api/v1/reports/business-case', {
      scenarios: [
        { name: 'Versie', inputs: { ...inputs, ruleset: { version: 1 } } },
        { name: 'Ontwerp', inputs: { ...inputs, ruleset: { draft: DEFAULT_RULESET } } },
        { name: 'Getypt', inputs },
      ],
    });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      scenarios: [
        { outcome: { peopleReached: eligible }, source: { kind: 'ruleset', version: 1, eligible } },
        { outcome: { peopleReached: eligible }, source: { kind: 'ruleset', version: null, eligible } },
        { outcome: { peopleReached: 150 }, source: { kind: 'typed' } },
      ],
    });
    const bad = await call('policy', 'POST', '/api/v1/reports/business-case', {
      scenarios: [{ name: 'Fout', inputs: { ...inputs, ruleset: { draft: { profiles: 'x' } } } }],
    });
    expect(bad.status).toBe(422);
    expect(bad.json).toMatchObject({ error: { code: 'invalid_ruleset' } });
  });

  it('keeps a cost model per organisation', async () => {
    const model = { ...DEFAULT_COST_MODEL, bailiffCostPerClaim: 12_500 };
    expect((await call('finance', 'PUT', '/api/v1/reports/cost-model', model)).json).toEqual(model);
    expect((await call('policy', 'GET', '/api/v1/reports/cost-model')).json).toEqual(model);
    expect((await call('financeB', 'GET', '/api/v1/reports/cost-model')).json).toEqual(DEFAULT_COST_MODEL);
  });
});
