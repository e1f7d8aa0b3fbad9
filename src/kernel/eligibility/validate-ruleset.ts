/**
 * Checks a ruleset JSON document and says what is wrong where: every issue names the JSON path
 * (`$.parameters.leefloon.weight`) with a message in Dutch, French and English. Localized texts take `nl`
 * and `en`, and optionally `fr` (French readers see the Dutch text where it is missing).
 */
import { isIsoDate } from '../dates.ts';
import { LANGS, type Lang, type MessageParams } from '../i18n.ts';
import { err, ok, type Result } from '../result.ts';
import { FACT_FIELDS } from './fact-fields.ts';
import { FACT_KINDS, type FactKind } from './facts.ts';
import { COMPARE_OPS, type FieldSpec, PERSON_FIELDS, type Ruleset, SCORED_FIELDS } from './ruleset.ts';
import { type RulesetMessageKey, rulesetMessages } from './ruleset-messages.ts';

export interface RulesetIssue {
  readonly path: string;
  readonly message: Readonly<Record<Lang, string>>;
}

type Json = Record<string, unknown>;
const CODE_PATTERN = /^[a-z][a-z0-9_]*$/;
const MAX_WEIGHT = 1000;

class Checker {
  readonly issues: RulesetIssue[] = [];

  add(path: string, key: RulesetMessageKey, params?: MessageParams): void {
    const message = Object.fromEntries(LANGS.map((l) => [l, rulesetMessages.text(l, key, params)]));
    this.issues.push({ path, message: message as Record<Lang, string> });
  }

  object(value: unknown, path: string): Json | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    this.add(path, 'object');
    return null;
  }

  onlyKeys(obj: Json, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj))
      if (!allowed.includes(key)) this.add(`${path}.${key}`, 'unknownKey', { allowed: allowed.join(', ') });
  }

  text(value: unknown, path: string): void {
    if (typeof value !== 'string' || value.trim() === '') this.add(path, 'text');
  }

  localized(value: unknown, path: string): void {
    const obj = this.object(value, path);
    if (!obj) return;
    this.onlyKeys(obj, path, ['nl', 'fr', 'en']);
    this.text(obj.nl, `${path}.nl`);
    if (obj.fr !== undefined) this.text(obj.fr, `${path}.fr`);
    this.text(obj.en, `${path}.en`);
  }

  integer(value: unknown, path: string, min: number, max: number): value is number {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return true;
    this.add(path, 'integer', { min: String(min), max: String(max) });
    return false;
  }

  date(value: unknown, path: string): value is string {
    if (typeof value === 'string' && isIsoDate(value)) return true;
    this.add(path, 'date');
    return false;
  }

  comparison(obj: Json, path: string, spec: FieldSpec | undefined, fieldNames: readonly string[]): void {
    this.onlyKeys(obj, path, ['field', 'op', 'value']);
    if (!spec) {
      this.add(`${path}.field`, 'unknownField', { known: fieldNames.join(', ') });
      return;
    }
    const op = obj.op;
    if (typeof op !== 'string' || !(COMPARE_OPS as readonly string[]).includes(op)) {
      this.add(`${path}.op`, 'oneOf', { values: COMPARE_OPS.join(', ') });
      return;
    }
    const value = obj.value;
    const valuePath = `${path}.value`;
    if (spec.type === 'number' || spec.type === 'cents') {
      if (spec.type === 'cents' && typeof value === 'object' && value !== null) {
        this.threshold(value, valuePath);
        return;
      }
      if (typeof value !== 'number' || !Number.isSafeInteger(value))
        this.add(
          valuePath,
          spec.type === 'cents' ? 'wholeCents' : 'wholeNumber',
          spec.type === 'cents' ? { shape: '{base, perExtraAdult, perChild}' } : undefined,
        );
      return;
    }
    if (op !== 'eq') this.add(`${path}.op`, 'onlyEq');
    if (spec.type === 'boolean') {
      if (typeof value !== 'boolean') this.add(valuePath, 'boolean');
      return;
    }
    if (typeof value !== 'string') this.add(valuePath, 'string');
    else if (spec.codes && !spec.codes.includes(value))
      this.add(valuePath, 'unknownCode', { known: spec.codes.join(', ') });
  }

  threshold(value: unknown, path: string): void {
    const obj = this.object(value, path);
    if (!obj) return;
    this.onlyKeys(obj, path, ['base', 'perExtraAdult', 'perChild']);
    for (const key of ['base', 'perExtraAdult', 'perChild'])
      this.integer(obj[key], `${path}.${key}`, 0, Number.MAX_SAFE_INTEGER);
  }

  /** Common shape of all/any/not; returns the leaf object when it is none of those. */
  tree(value: unknown, path: string, child: (v: unknown, p: string) => void): Json | null {
    const obj = this.object(value, path);
    if (!obj) return null;
    for (const key of ['all', 'any'] as const)
      if (key in obj) {
        this.onlyKeys(obj, path, [key]);
        const list = obj[key];
        if (!Array.isArray(list) || list.length === 0) this.add(`${path}.${key}`, 'nonEmptyList');
        else for (const [i, c] of list.entries()) child(c, `${path}.${key}[${i}]`);
        return null;
      }
    if ('not' in obj) {
      this.onlyKeys(obj, path, ['not']);
      child(obj.not, `${path}.not`);
      return null;
    }
    return obj;
  }

  factCondition(value: unknown, path: string, kind: FactKind): void {
    const leaf = this.tree(value, path, (v, p) => this.factCondition(v, p, kind));
    if (!leaf) return;
    const fields = FACT_FIELDS[kind];
    const name = leaf.field;
    this.comparison(leaf, path, typeof name === 'string' ? fields[name] : undefined, Object.keys(fields));
  }

  condition(value: unknown, path: string, scoredFieldsAllowed: boolean): void {
    const leaf = this.tree(value, path, (v, p) => this.condition(v, p, scoredFieldsAllowed));
    if (!leaf) return;
    if ('exists' in leaf) {
      this.onlyKeys(leaf, path, ['exists', 'where']);
      const kind = leaf.exists;
      if (typeof kind !== 'string' || !(FACT_KINDS as readonly string[]).includes(kind)) {
        this.add(`${path}.exists`, 'oneOf', { values: FACT_KINDS.join(', ') });
        return;
      }
      if (leaf.where !== undefined) this.factCondition(leaf.where, `${path}.where`, kind as FactKind);
      return;
    }
    if (!('field' in leaf)) {
      this.add(path, 'expectedNode');
      return;
    }
    const name = leaf.field;
    const spec =
      typeof name === 'string' && Object.hasOwn(PERSON_FIELDS, name)
        ? PERSON_FIELDS[name as keyof typeof PERSON_FIELDS]
        : undefined;
    if (!scoredFieldsAllowed && (SCORED_FIELDS as readonly unknown[]).includes(name)) {
      this.add(`${path}.field`, 'scoredTooEarly');
      return;
    }
    this.comparison(leaf, path, spec, Object.keys(PERSON_FIELDS));
  }
}

export function validateRuleset(json: unknown): Result<Ruleset, RulesetIssue[]> {
  const c = new Checker();
  const root = c.object(json, '$');
  if (!root) return err(c.issues);
  c.onlyKeys(root, '$', [
    'id',
    'version',
    'effectiveFrom',
    'name',
    'parameters',
    'profiles',
    'eligibility',
    'rights',
  ]);
  c.text(root.id, '$.id');
  c.integer(root.version, '$.version', 1, Number.MAX_SAFE_INTEGER);
  c.date(root.effectiveFrom, '$.effectiveFrom');
  c.localized(root.name, '$.name');

  const parameters = c.object(root.parameters, '$.parameters');
  if (parameters) {
    if (Object.keys(parameters).length === 0) c.add('$.parameters', 'oneParameter');
    for (const [name, value] of Object.entries(parameters)) {
      const path = `$.parameters.${name}`;
      if (!CODE_PATTERN.test(name)) c.add(path, 'codeName');
      const p = c.object(value, path);
      if (!p) continue;
      c.onlyKeys(p, path, ['description', 'weight', 'condition']);
      c.localized(p.description, `${path}.description`);
      c.integer(p.weight, `${path}.weight`, -MAX_WEIGHT, MAX_WEIGHT);
      c.condition(p.condition, `${path}.condition`, false);
    }
  }

  const profiles = c.object(root.profiles, '$.profiles');
  if (profiles) {
    c.onlyKeys(profiles, '$.profiles', ['Onvermogend', 'GeringeAfbetaalmogelijkheid']);
    const scores: number[] = [];
    for (const name of ['Onvermogend', 'GeringeAfbetaalmogelijkheid']) {
      const p = c.object(profiles[name], `$.profiles.${name}`);
      if (!p) continue;
      c.onlyKeys(p, `$.profiles.${name}`, ['minScore']);
      if (c.integer(p.minScore, `$.profiles.${name}.minScore`, -100 * MAX_WEIGHT, 100 * MAX_WEIGHT))
        scores.push(p.minScore);
    }
    const [onvermogend, gering] = scores;
    if (scores.length === 2 && onvermogend !== undefined && gering !== undefined && onvermogend <= gering)
      c.add('$.profiles.Onvermogend.minScore', 'higherThanLimited');
  }

  const eligibility = c.object(root.eligibility, '$.eligibility');
  if (eligibility) {
    c.onlyKeys(eligibility, '$.eligibility', ['description', 'condition']);
    c.localized(eligibility.description, '$.eligibility.description');
    c.condition(eligibility.condition, '$.eligibility.condition', true);
  }

  if (!Array.isArray(root.rights)) c.add('$.rights', 'list');
  else {
    const seen = new Set<string>();
    root.rights.forEach((value, i) => {
      const path = `$.rights[${i}]`;
      const r = c.object(value, path);
      if (!r) return;
      c.onlyKeys(r, path, ['code', 'name', 'period', 'condition', 'reduction']);
      if (typeof r.code !== 'string' || !CODE_PATTERN.test(r.code)) c.add(`${path}.code`, 'codePattern');
      else if (seen.has(r.code)) c.add(`${path}.code`, 'codeTwice');
      else seen.add(r.code);
      c.localized(r.name, `${path}.name`);
      const period = c.object(r.period, `${path}.period`);
      if (period) {
        c.onlyKeys(period, `${path}.period`, ['from', 'to']);
        const from = c.date(period.from, `${path}.period.from`) ? period.from : null;
        if (period.to !== null && c.date(period.to, `${path}.period.to`) && from !== null && period.to < from)
          c.add(`${path}.period.to`, 'beforeStart');
      }
      c.condition(r.condition, `${path}.condition`, true);
      if (r.reduction !== undefined) checkReduction(c, r.reduction, `${path}.reduction`);
    });
  }
  return c.issues.length === 0 ? ok(json as Ruleset) : err(c.issues);
}

function checkReduction(c: Checker, value: unknown, path: string): void {
  const red = c.object(value, path);
  if (!red) return;
  c.onlyKeys(red, path, ['department', 'categories', 'percentBp', 'fixedCents']);
  if (typeof red.department !== 'string' || red.department.trim() === '')
    c.add(`${path}.department`, 'department');
  if (!Array.isArray(red.categories) || red.categories.some((x) => typeof x !== 'string' || x.trim() === ''))
    c.add(`${path}.categories`, 'categories');
  const hasPercent = red.percentBp !== undefined;
  const hasFixed = red.fixedCents !== undefined;
  if (hasPercent === hasFixed) c.add(path, 'percentOrFixed');
  else if (hasPercent) c.integer(red.percentBp, `${path}.percentBp`, 1, 10_000);
  else c.integer(red.fixedCents, `${path}.fixedCents`, 1, Number.MAX_SAFE_INTEGER);
}
