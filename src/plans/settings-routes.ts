import { Type } from '@sinclair/typebox';

const Settings = Type.Object({
  creditorName: Type.String(),
  iban: Type.String(),
  bic: Type.Union([Type.String(), Type.Null()]),
  contact: Type.String(),
  contactService: Type.Union([Type.String(), Type.Null()]),
  contactPerson: Type.Union([Type.String(), Type.Null()]),
  contactPhone: Type.Union([Type.String(), Type.Null()]),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  place: Type.String(),
  minInstalment: Type.Integer(),
  maxMonths: Type.Integer(),
  dayOfMonth: Type.Integer(),
  waiveCharges: Type.Boolean(),
  missedThreshold: Type.Integer(),
  livingAllowance: Type.Record(Type.String(), Type.Unknown()),
  policy: Type.Record(Type.String(), Type.Unknown()),
  country: Type.String(),
});

import { type App, scopeOf, sendFailure } from '../platform/http.ts';
import { addLegalTable, legalTables, planSettings, updatePlanSettings } from './settings-service.ts';

const ADMIN = ['admin', 'finance'] as const;

export async function planSettingsRoutes(app: App): Promise<void> {
  const { database } = app.deps;

  app.get(
    '/api/v1/plan-settings',
    {
      config: { access: { roles: [...ADMIN, 'policy', 'auditor'], action: 'plans.settings_read' } },
      schema: {
        tags: ['plans'],
        summary: 'Creditor details for letters and the plan policy (minimum, term, norms)',
      },
    },
    async (request) => {
      const s = await planSettings(database.db, scopeOf(request).orgId);
      return { ...s, livingAllowance: { ...s.livingAllowance } };
    },
  );

  app.put(
    '/api/v1/plan-settings',
    {
      config: { access: { roles: ADMIN, action: 'plans.settings' } },
      schema: {
        tags: ['plans'],
        summary: 'Change the plan settings (any subset of the fields)',
        response: { 200: Settings },
        body: Type.Partial(
          Type.Object({
            creditorName: Type.String({ minLength: 1 }),
            iban: Type.String(),
            bic: Type.Union([Type.String(), Type.Null()]),
            contact: Type.String({ minLength: 1 }),
            contactService: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
            contactPerson: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
            contactPhone: Type.Union([Type.String({ minLength: 6, maxLength: 40 }), Type.Null()]),
            contactEmail: Type.Union([Type.String({ format: 'email', maxLength: 200 }), Type.Null()]),
            place: Type.String({ minLength: 1 }),
            minInstalment: Type.Integer({ minimum: 0 }),
            maxMonths: Type.Integer({ minimum: 1, maximum: 120 }),
            dayOfMonth: Type.Integer({ minimum: 1, maximum: 31 }),
            waiveCharges: Type.Boolean(),
            missedThreshold: Type.Integer({ minimum: 1 }),
            livingAllowance: Type.Object({
              firstAdult: Type.Integer({ minimum: 0 }),
              otherAdult: Type.Integer({ minimum: 0 }),
              perChild: Type.Integer({ minimum: 0 }),
              source: Type.Optional(Type.String()),
            }),
          }),
        ),
      },
    },
    async (request, reply) => {
      const r = await updatePlanSettings(database, scopeOf(request), request.body);
      return r.ok
        ? { ...r.value, livingAllowance: { ...r.value.livingAllowance } }
        : sendFailure(reply, r.error);
    },
  );

  app.get(
    '/api/v1/legal-tables',
    {
      config: {
        access: { roles: [...ADMIN, 'policy', 'auditor', 'social_worker'], action: 'plans.legal_tables' },
      },
      schema: {
        tags: ['plans'],
        summary: 'Legal tables of non-seizable income (shipped and added), with their sources',
        response: { 200: Type.Object({ tables: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) },
      },
    },
    async (request) => ({ tables: await legalTables(database.db, scopeOf(request).orgId) }),
  );

  app.post(
    '/api/v1/legal-tables',
    {
      config: { access: { roles: ['admin'], action: 'plans.legal_table_add' } },
      schema: {
        tags: ['plans'],
        summary: 'Add a dated, sourced legal table (validated; no code change needed)',
        body: Type.Unknown(),
        response: { 201: Type.Object({ version: Type.String() }) },
      },
    },
    async (request, reply) => {
      const r = await addLegalTable(database, scopeOf(request), request.body);
      return r.ok ? reply.status(201).send(r.value) : sendFailure(reply, r.error);
    },
  );
}
