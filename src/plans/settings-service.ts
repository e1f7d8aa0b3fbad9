import type { IsoDate } from '../kernel/dates.ts';
import { parseIban } from '../kernel/iban.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database, Executor } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { builtinLegalTables } from './builtin-legal-tables.ts';
import { capacity, type ExplanationStep, type FixedCost, type LivingAllowanceNorms } from './capacity.ts';
import { type LegalTable, validateLegalTable } from './legal-table.ts';
import { plansMessages } from './messages.ts';
import { defaultPolicyTable, type PolicyTable, policyAmount } from './policy.ts';
import type { Household, IncomeKind } from './seizable.ts';
import { customLegalTables, findSettings, organisationOf } from './store.ts';
import { chooseTable, type TableWarning, tableWarningText } from './table-choice.ts';

export interface PlanSettings {
  readonly creditorName: string;
  readonly iban: string;
  readonly bic: string | null;
  /** Free text (legacy); letters prefer the fields below when set. */
  readonly contact: string;
  /** The service the person contacts, e.g. "Sociaal Huis Demostad, dienst schulden". */
  readonly contactService: string | null;
  readonly contactPerson: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly place: string;
  readonly minInstalment: Cents;
  readonly maxMonths: number;
  readonly dayOfMonth: number;
  readonly waiveCharges: boolean;
  readonly missedThreshold: number;
  readonly livingAllowance: LivingAllowanceNorms;
  readonly policy: PolicyTable;
  readonly country: 'BE' | 'NL';
}

/**
 * Living allowance defaults: a local government sets its own norms (`evs plan settings`); these are
 * placeholders near the Belgian leefloon amounts, marked as such in every explanation.
 */
export const DEFAULT_LIVING_ALLOWANCE: LivingAllowanceNorms = {
  firstAdult: 95_000,
  otherAdult: 40_000,
  perChild: 25_000,
  source: 'EvS default (placeholder): set your own norms',
};

/** The standard example IBAN from the IBAN registry: letters show it until an administrator sets the real one. */
export const EXAMPLE_IBAN = 'BE68539007547034';

export async function planSettings(db: Executor, orgId: string): Promise<PlanSettings> {
  const [row, org] = await Promise.all([findSettings(db, orgId), organisationOf(db, orgId)]);
  return {
    creditorName: row?.creditor_name ?? org.name,
    iban: row?.iban ?? EXAMPLE_IBAN,
    bic: row?.bic ?? null,
    contact: row?.contact ?? 'schulden@example.org',
    contactService: row?.contact_service ?? null,
    contactPerson: row?.contact_person ?? null,
    contactPhone: row?.contact_phone ?? null,
    contactEmail: row?.contact_email ?? null,
    place: row?.place ?? org.name,
    minInstalment: row?.min_instalment ?? 1000,
    maxMonths: row?.max_months ?? 24,
    dayOfMonth: row?.day_of_month ?? 1,
    waiveCharges: row?.waive_charges ?? true,
    missedThreshold: row?.missed_threshold ?? 2,
    livingAllowance: (row?.living_allowance as LivingAllowanceNorms | null) ?? DEFAULT_LIVING_ALLOWANCE,
    policy: (row?.policy as PolicyTable | null) ?? defaultPolicyTable,
    country: org.country,
  };
}

export type SettingsInput = Partial<Omit<PlanSettings, 'country'>>;

export async function updatePlanSettings(
  database: Database,
  scope: Scope,
  input: SettingsInput,
): Promise<Result<PlanSettings, Failure>> {
  if (input.iban !== undefined && !parseIban(input.iban).ok) {
    return err(failure('invalid', 'invalid_iban', plansMessages.text(scope.lang, 'invalidIban')));
  }
  return database.db.transaction().execute(async (trx) => {
    const s = { ...(await planSettings(trx, scope.orgId)), ...input };
    const iban = parseIban(s.iban);
    const values = {
      creditor_name: s.creditorName,
      iban: iban.ok ? iban.value : s.iban,
      bic: s.bic,
      contact: s.contact,
      contact_service: s.contactService,
      contact_person: s.contactPerson,
      contact_phone: s.contactPhone,
      contact_email: s.contactEmail,
      place: s.place,
      min_instalment: s.minInstalment,
      max_months: s.maxMonths,
      day_of_month: s.dayOfMonth,
      waive_charges: s.waiveCharges,
      missed_threshold: s.missedThreshold,
      living_allowance: JSON.stringify(s.livingAllowance),
      policy: JSON.stringify(s.policy),
      updated_at: new Date(),
    };
    await trx
      .insertInto('plan_settings')
      .values({ organisation_id: scope.orgId, ...values })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values))
      .execute();
    await audit(trx, scope, 'plans.settings_changed', 'organisation', scope.orgId, {
      fields: Object.keys(input),
    });
    return ok(await planSettings(trx, scope.orgId));
  });
}

/** Shipped tables plus those an administrator added (validated again on every read). */
export async function legalTables(db: Executor, orgId: string): Promise<LegalTable[]> {
  const custom = await customLegalTables(db, orgId);
  const added = custom.flatMap((row) => {
    const checked = validateLegalTable(row.body);
    return checked.ok ? [checked.value] : [];
  });
  const versions = new Set(added.map((a) => a.version));
  return [...builtinLegalTables.filter((b) => !versions.has(b.version)), ...added];
}

export async function addLegalTable(
  database: Database,
  scope: Scope,
  body: unknown,
): Promise<Result<{ version: string }, Failure>> {
  const checked = validateLegalTable(body);
  if (!checked.ok) {
    return err(
      failure(
        'invalid',
        'invalid_legal_table',
        plansMessages.text(scope.lang, 'invalidTable'),
        checked.error,
      ),
    );
  }
  const table = checked.value;
  return database.db.transaction().execute(async (trx) => {
    const existing = await legalTables(trx, scope.orgId);
    const overlap = existing.find(
      (x) =>
        x.country === table.country &&
        x.version !== table.version &&
        x.validFrom <= table.validTo &&
        table.validFrom <= x.validTo,
    );
    if (overlap) {
      return err(
        failure(
          'conflict',
          'overlapping_tables',
          plansMessages.text(scope.lang, 'overlappingTables', { version: overlap.version }),
        ),
      );
    }
    await trx
      .insertInto('legal_tables')
      .values({
        organisation_id: scope.orgId,
        version: table.version,
        body: JSON.stringify(table),
        added_by: scope.actor,
      })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'version']).doUpdateSet({ body: JSON.stringify(table) }),
      )
      .execute();
    await audit(trx, scope, 'plans.legal_table_added', 'legal_table', null, { version: table.version });
    return ok({ version: table.version });
  });
}

export interface AffordabilityInput {
  readonly netIncome: Cents;
  readonly household: Household;
  readonly fixedCosts: readonly FixedCost[];
  readonly incomeKind?: IncomeKind;
  /** OSLO Solvabiliteitstype, for the policy-based option. */
  readonly profile?: string;
}

export interface Affordability {
  readonly capacity: Cents;
  readonly protectedIncome: Cents;
  /** The legally seizable part: a plan above it takes income below the legal floor. */
  readonly seizableMax: Cents;
  readonly tableVersion: string;
  readonly warnings: readonly TableWarning[];
  readonly warningTexts: readonly string[];
  readonly explanation: readonly ExplanationStep[];
  readonly policy:
    | { readonly kind: 'amount'; readonly amount: Cents }
    | { readonly kind: 'use_capacity' }
    | { readonly kind: 'suspend'; readonly reason: string }
    | null;
}

/** Capacity after the legal table in force (or, visibly warned, the latest one) and the policy option. */
export async function affordability(
  db: Executor,
  scope: Scope,
  input: AffordabilityInput,
  today: IsoDate,
): Promise<Result<Affordability, Failure>> {
  const settings = await planSettings(db, scope.orgId);
  const choice = chooseTable(await legalTables(db, scope.orgId), settings.country, today);
  if (!choice.ok) {
    return err(
      failure('invalid', choice.error.code, plansMessages.text(scope.lang, 'noUsableTable'), choice.error),
    );
  }
  const computed = capacity({
    netHouseholdIncome: input.netIncome,
    livingAllowance: settings.livingAllowance,
    fixedCosts: input.fixedCosts,
    household: input.household,
    table: choice.value.table,
    date: choice.value.computeDate,
    ...(input.incomeKind ? { incomeKind: input.incomeKind } : {}),
  });
  if (!computed.ok) {
    return err(
      failure('invalid', computed.error.code, plansMessages.text(scope.lang, 'invalidInput'), computed.error),
    );
  }
  const policy = input.profile ? policyAmount(input.profile, settings.policy) : null;
  return ok({
    capacity: computed.value.capacity,
    protectedIncome: computed.value.protectedIncome,
    seizableMax: computed.value.seizableMax,
    tableVersion: choice.value.table.version,
    warnings: choice.value.warnings,
    warningTexts: choice.value.warnings.map((w) => tableWarningText(w, scope.lang)),
    explanation: computed.value.explanation,
    policy: policy?.ok ? policy.value : null,
  });
}
