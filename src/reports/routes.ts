import { type Static, Type } from '@sinclair/typebox';
import { err, ok, type Result } from '../kernel/result.ts';
import type { Failure } from '../platform/errors.ts';
import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import type { Scope } from '../platform/scope.ts';
import type { ScenarioInputs } from './business-case.ts';
import { businessCasePdf } from './io-business-case-pdf.ts';
import { EURO_METRICS, kpiCsv, SUPPRESSED, statisticsCsv } from './kpis.ts';
import { type ResolvedScenario, resolveScenario } from './scenario-ruleset.ts';
import { checkScenario, deleteScenario, listScenarios, saveScenario } from './scenario-service.ts';
import { costModelOf, kpiReport, setCostModel, statistics } from './service.ts';

const READ = { roles: ['admin', 'finance', 'auditor', 'policy'], action: 'reports.read' } as const;
const WRITE = { roles: ['admin', 'finance', 'policy'], action: 'reports.write' } as const;

const Cell = Type.Union([Type.Integer(), Type.Literal(SUPPRESSED)]);
const CostModelSchema = Type.Object({
  reminderCost: Type.Integer({ minimum: 0 }),
  paidReminders: Type.Integer({ minimum: 0 }),
  formalNotice: Type.Union([Type.Literal('book-xix'), Type.Literal('fixed')]),
  formalNoticeCost: Type.Integer({ minimum: 0 }),
  bailiffCostPerClaim: Type.Integer({ minimum: 0 }),
  bailiffAfterDays: Type.Integer({ minimum: 0 }),
});
const InputsSchema = Type.Object({
  ruleset: Type.Optional(
    Type.Object(
      {
        version: Type.Optional(Type.Integer({ minimum: 1 })),
        draft: Type.Optional(Type.Unknown({ description: 'A ruleset document (validated as a ruleset)' })),
      },
      { description: 'Take people reached and their debt from the what-if of a stored version or a draft' },
    ),
  ),
  peopleReached: Type.Integer({ minimum: 0 }),
  averageDebtPerPerson: Type.Integer({ minimum: 0 }),
  claimsPerPerson: Type.Number({ minimum: 0 }),
  repaymentRatePct: Type.Integer({ minimum: 0, maximum: 100 }),
  statusQuoRecoveryPct: Type.Integer({ minimum: 0, maximum: 100 }),
  bailiffSharePct: Type.Integer({ minimum: 0, maximum: 100 }),
  staffMinutesPerFile: Type.Integer({ minimum: 0 }),
  staffCostPerHour: Type.Integer({ minimum: 0 }),
  costModel: CostModelSchema,
});
const OutcomeSchema = Type.Object({
  peopleReached: Type.Integer(),
  debtInScope: Type.Integer(),
  expectedRecovery: Type.Integer(),
  statusQuoRecovery: Type.Integer(),
  costsAvoided: Type.Integer(),
  claimsNotToBailiff: Type.Integer(),
  staffCost: Type.Integer(),
  netEffect: Type.Integer(),
});
/** Where people reached came from: the typed number, or a ruleset's what-if. */
const SourceSchema = Type.Union([
  Type.Object({ kind: Type.Literal('typed'), rulesetError: Type.Optional(Type.String()) }),
  Type.Object({
    kind: Type.Literal('ruleset'),
    version: Type.Union([Type.Integer(), Type.Null()]),
    date: Type.String(),
    eligible: Type.Integer(),
    openCents: Type.Integer(),
  }),
]);
const NamedInputs = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  inputs: InputsSchema,
});
const Range = Type.Object({
  from: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
  to: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
});

export async function reportsRoutes(app: App): Promise<void> {
  app.get(
    '/api/v1/reports/kpis',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary:
          'KPIs per month, per department and in total (cents; cells describing fewer than 5 people are "< 5")',
        querystring: Range,
        response: {
          200: Type.Object({
            months: Type.Array(Type.String()),
            departments: Type.Array(Type.String()),
            costModel: CostModelSchema,
            rows: Type.Array(
              Type.Object({
                month: Type.String(),
                department: Type.String(),
                metric: Type.String(),
                unit: Type.Union([Type.Literal('cents'), Type.Literal('count')]),
                value: Cell,
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await kpiReport(app.deps.database, scopeOf(request), {
        ...request.query,
        today: app.deps.today(),
      });
      if (!r.ok) return sendFailure(reply, r.error);
      const rows = r.value.rows.map(({ month, department, metric, value }) => ({
        month,
        department,
        metric,
        unit: EURO_METRICS.has(metric) ? ('cents' as const) : ('count' as const),
        value,
      }));
      return {
        months: [...r.value.months],
        departments: [...r.value.departments],
        costModel: r.value.costModel,
        rows,
      };
    },
  );

  app.get(
    '/api/v1/reports/kpis.csv',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary: 'Every KPI figure as CSV (month;department;metric;unit;value)',
        querystring: Range,
      },
    },
    async (request, reply) => {
      const r = await kpiReport(app.deps.database, scopeOf(request), {
        ...request.query,
        today: app.deps.today(),
      });
      if (!r.ok) return sendFailure(reply, r.error);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="evs-kpis-${request.query.from}-${request.query.to}.csv"`,
        )
        .send(kpiCsv(r.value.rows));
    },
  );

  app.get(
    '/api/v1/reports/statistics.csv',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary:
          'Aggregated, anonymised statistics for one period (2026, 2026-Q2 or 2026-05) as CSV; see docs/reports.md',
        querystring: Type.Object({ period: Type.String({ maxLength: 7 }) }),
      },
    },
    async (request, reply) => {
      const r = await statistics(app.deps.database, scopeOf(request), {
        period: request.query.period,
        today: app.deps.today(),
      });
      if (!r.ok) return sendFailure(reply, r.error);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="evs-statistics-${r.value.period}.csv"`)
        .send(statisticsCsv(r.value));
    },
  );

  app.get(
    '/api/v1/reports/cost-model',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary: 'The collection cost model (defaults: Book XIX WER caps)',
        response: { 200: CostModelSchema },
      },
    },
    async (request) => costModelOf(app.deps.database, scopeOf(request)),
  );

  app.put(
    '/api/v1/reports/cost-model',
    {
      config: { access: WRITE },
      schema: {
        tags: ['reports'],
        summary: 'Set the collection cost model',
        body: CostModelSchema,
        response: { 200: CostModelSchema },
      },
    },
    async (request, reply) => {
      const r = await setCostModel(app.deps.database, scopeOf(request), request.body);
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.post(
    '/api/v1/reports/business-case',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary: 'Evaluate scenarios side by side against the status quo (nothing is saved)',
        body: Type.Object({ scenarios: Type.Array(NamedInputs, { minItems: 1, maxItems: 6 }) }),
        response: {
          200: Type.Object({
            scenarios: Type.Array(
              Type.Object({ name: Type.String(), outcome: OutcomeSchema, source: SourceSchema }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const r = await resolveAll(app, scopeOf(request), request.body.scenarios);
      if (!r.ok) return sendFailure(reply, r.error);
      return {
        scenarios: r.value.map(({ name, resolved }) => ({
          name,
          outcome: resolved.outcome,
          source: resolved.source,
        })),
      };
    },
  );

  app.post(
    '/api/v1/reports/business-case.pdf',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary: 'The business case of the given scenarios as a PDF report with its charts',
        body: Type.Object({ scenarios: Type.Array(NamedInputs, { minItems: 1, maxItems: 6 }) }),
      },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const r = await resolveAll(app, scope, request.body.scenarios);
      if (!r.ok) return sendFailure(reply, r.error);
      const pdf = await businessCasePdf(
        scope.lang,
        r.value.map(({ name, resolved }) => ({ name, ...resolved })),
        app.deps.today(),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', 'attachment; filename="evs-business-case.pdf"')
        .send(pdf);
    },
  );

  app.get(
    '/api/v1/reports/scenarios',
    {
      config: { access: READ },
      schema: {
        tags: ['reports'],
        summary: 'Saved business-case scenarios with their outcome',
        response: {
          200: Type.Object({
            scenarios: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                inputs: InputsSchema,
                outcome: OutcomeSchema,
                source: SourceSchema,
                updatedAt: Type.String({ format: 'date-time' }),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      scenarios: await listScenarios(app.deps.database, scopeOf(request), app.deps.today()),
    }),
  );

  app.put(
    '/api/v1/reports/scenarios',
    {
      config: { access: WRITE },
      schema: {
        tags: ['reports'],
        summary: 'Save a scenario under its name (replaces one of the same name)',
        body: NamedInputs,
        response: { 200: Type.Object({ id: Type.String() }) },
      },
    },
    async (request, reply) => {
      const body: Static<typeof NamedInputs> = request.body;
      const r = await saveScenario(
        app.deps.database,
        scopeOf(request),
        body.name,
        body.inputs as ScenarioInputs,
        app.deps.today(),
      );
      return r.ok ? r.value : sendFailure(reply, r.error);
    },
  );

  app.delete(
    '/api/v1/reports/scenarios/:id',
    {
      config: { access: WRITE },
      schema: {
        tags: ['reports'],
        summary: 'Delete a saved scenario',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ status: Type.Literal('deleted') }) },
      },
    },
    async (request, reply) => {
      const r = await deleteScenario(app.deps.database, scopeOf(request), request.params.id);
      return r.ok ? { status: 'deleted' as const } : sendFailure(reply, r.error);
    },
  );
}

/** Checks every scenario, then fills those naming a ruleset from its what-if (today's population). */
async function resolveAll(
  app: App,
  scope: Scope,
  scenarios: readonly { name: string; inputs: unknown }[],
): Promise<Result<{ name: string; resolved: ResolvedScenario }[], Failure>> {
  for (const s of scenarios) {
    const bad = checkScenario(scope.lang, s.name, s.inputs as ScenarioInputs);
    if (bad) return err(bad);
  }
  const out: { name: string; resolved: ResolvedScenario }[] = [];
  for (const s of scenarios) {
    const r = await resolveScenario(app.deps.database, scope, s.inputs as ScenarioInputs, app.deps.today());
    if (!r.ok) return r;
    out.push({ name: s.name, resolved: r.value });
  }
  return ok(out);
}
